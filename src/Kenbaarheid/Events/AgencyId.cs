using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>
/// An agency's org_id in the Dutch government organisation register (TOOI), such as gm0344. A value of this type
/// always has one of the register's shapes, so it is safe as a storage path segment. The published JSON Schema
/// carries the same pattern.
/// </summary>
[JsonConverter(typeof(TextIdJsonConverter<AgencyId>))]
public readonly record struct AgencyId : ITextId<AgencyId>
{
    private AgencyId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out AgencyId id)
    {
        id = default;
        if (!IsValid(text))
        {
            return false;
        }

        id = new AgencyId(text);
        return true;
    }

    public static AgencyId Parse(string text) =>
        TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not an org_id: gm + 4 digits, pv + 2, ws + 4, mnre + 4, zb + 6 or oorg + 5, e.g. gm0344.");

    /// <summary>Whether the text is an org_id (<see cref="OrgId"/>, which owns the pattern).</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => OrgId.IsValid(text);

    public override string ToString() => Value;
}
