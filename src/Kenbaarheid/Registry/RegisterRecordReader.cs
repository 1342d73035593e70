using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Kenbaarheid.Events;

namespace Kenbaarheid.Registry;

/// <summary>
/// Maps a register record in the public API's JSON shape (standard 1.0 and the older 0.x versions) to a
/// <see cref="RegisterRecord"/>. Tolerant by design: an unknown field is ignored and a field of an
/// unexpected type counts as absent, because the register serves old and messy records next to new ones.
/// </summary>
internal static class RegisterRecordReader
{
    /// <summary>Reads one record; null when it has no usable lars or name (then it cannot stand for an algorithm).</summary>
    public static RegisterRecord? Read(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var lars = Text(record, "lars");
        var name = Text(record, "name");
        if (lars is null || name is null)
        {
            return null;
        }

        return new RegisterRecord(
            Lars: lars,
            Name: name,
            DescriptionShort: Text(record, "description_short"),
            Organization: Text(record, "organization"),
            OrgId: OrgId.TryParse(Text(record, "org_id"), out var orgId) ? orgId : null,
            StatusText: Text(record, "status"),
            Status: Value<RegisterStatus>(record, "status"),
            PublicationCategoryText: Text(record, "publication_category"),
            PublicationCategory: Value<PublicationCategory>(record, "publication_category"),
            Goal: Html(record, "goal"),
            HumanIntervention: Html(record, "human_intervention"),
            Risks: Html(record, "risks"),
            LawfulBasis: Html(record, "lawful_basis"),
            LawfulBasisLinks: Links(record, "lawful_basis_grouping"),
            ImpactAssessmentText: Html(record, "impacttoetsen"),
            ImpactAssessments: ImpactAssessments(record),
            SourceData: Html(record, "source_data"),
            SourceDataLinks: Links(record, "source_data_grouping"),
            MethodsAndModels: Html(record, "methods_and_models"),
            Provider: Text(record, "provider"),
            Contact: Text(record, "contact_email"),
            StandardVersion: Text(record, "standard_version"),
            CreatedAt: CreatedAt(record),
            EntrySha256: Sha256(record));
    }

    /// <summary>
    /// Standard 1.0 lists impact assessments in <c>impacttoetsen_grouping</c>; the 0.x standards had
    /// <c>iama</c> and <c>dpia</c> yes/no fields. A "Ja" there is a recorded assessment; anything else is not.
    /// </summary>
    private static List<RegisterLink> ImpactAssessments(JsonElement record)
    {
        var links = Links(record, "impacttoetsen_grouping");
        if (IsYes(Text(record, "iama")))
        {
            links.Add(new RegisterLink("IAMA", null));
        }

        if (IsYes(Text(record, "dpia")))
        {
            links.Add(new RegisterLink("DPIA", null));
        }

        return links;
    }

    private static bool IsYes(string? value) => string.Equals(value, "Ja", StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The value a text field names in the register's spelling; null when absent or not one this version knows.</summary>
    private static TEnum? Value<TEnum>(JsonElement record, string name)
        where TEnum : struct, Enum =>
        Text(record, name) is { } text && EnumWireNames.TryParse<TEnum>(text, out var value) ? value : null;

    private static RegisterText? Html(JsonElement record, string name) => RegisterText.FromHtml(Text(record, name));

    private static List<RegisterLink> Links(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var links = new List<RegisterLink>();
        foreach (var item in list.EnumerateArray())
        {
            var title = item.ValueKind == JsonValueKind.Object ? Text(item, "title") : null;
            if (title is not null)
            {
                links.Add(new RegisterLink(title, Text(item, "link")));
            }
        }

        return links;
    }

    private static DateTimeOffset? CreatedAt(JsonElement record) =>
        DateTimeOffset.TryParse(Text(record, "create_dt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created)
            ? created
            : null;

    /// <summary>The hash of the record's compact JSON, so the same entry has the same hash in a file or a dump.</summary>
    private static string Sha256(JsonElement record) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record)));
}
