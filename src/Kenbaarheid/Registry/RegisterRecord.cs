using Kenbaarheid.Events;

namespace Kenbaarheid.Registry;

/// <summary>
/// One Algoritmeregister entry, as much of it as a notice uses. Everything but the name is optional because
/// real entries are often incomplete; absent means the register does not say it, and a notice must say so
/// rather than fill the gap. Status and category come twice: as the register's words, which a notice shows, and
/// as the value they name (null when absent or a value this version does not know), which rules compare;
/// <see cref="OrgId"/> is null when the register gives none of an org_id's shape.
/// </summary>
public sealed record RegisterRecord(
    string Lars,
    string Name,
    string? DescriptionShort,
    string? Organization,
    OrgId? OrgId,
    string? StatusText,
    RegisterStatus? Status,
    string? PublicationCategoryText,
    PublicationCategory? PublicationCategory,
    RegisterText? Goal,
    RegisterText? HumanIntervention,
    RegisterText? Risks,
    RegisterText? LawfulBasis,
    IReadOnlyList<RegisterLink> LawfulBasisLinks,
    RegisterText? ImpactAssessmentText,
    IReadOnlyList<RegisterLink> ImpactAssessments,
    RegisterText? SourceData,
    IReadOnlyList<RegisterLink> SourceDataLinks,
    RegisterText? MethodsAndModels,
    string? Provider,
    string? Contact,
    string? StandardVersion,
    DateTimeOffset? CreatedAt,
    string EntrySha256)
{
    /// <summary>The entry's public page, the citizen's way into the register.</summary>
    public string PublicUrl => PublicUrlFor(Lars);

    /// <summary>The public page of the entry with this lars.</summary>
    public static string PublicUrlFor(string lars) => $"https://algoritmes.overheid.nl/nl/algoritme/{lars}";

    public bool HasLawfulBasis => LawfulBasis is not null || LawfulBasisLinks.Count > 0;

    public bool HasImpactAssessment => ImpactAssessmentText is not null || ImpactAssessments.Count > 0;

    public bool HasSourceData => SourceData is not null || SourceDataLinks.Count > 0;
}
