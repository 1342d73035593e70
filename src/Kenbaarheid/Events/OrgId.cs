using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Events;

/// <summary>
/// An organisation's id in the Dutch government organisation register (TOOI), as the Algoritmeregister and agency
/// profiles use it: gm + 4 digits (municipality), pv + 2 (province), ws + 4 (water board), mnre + 4 (ministry),
/// zb + 6 (independent body) or oorg + 5 (other organisation). The one place this pattern lives; the published
/// JSON Schema carries the same. A value of this type always has one of these shapes.
/// </summary>
[JsonConverter(typeof(TextIdJsonConverter<OrgId>))]
public readonly partial record struct OrgId : ITextId<OrgId>
{
    private OrgId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out OrgId id)
    {
        id = default;
        if (!IsValid(text))
        {
            return false;
        }

        id = new OrgId(text);
        return true;
    }

    public static OrgId Parse(string text) =>
        TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not an org_id: gm + 4 digits, pv + 2, ws + 4, mnre + 4, zb + 6 or oorg + 5, e.g. gm0344.");

    public static bool IsValid([NotNullWhen(true)] string? text) => text is not null && Pattern().IsMatch(text);

    public override string ToString() => Value;

    // [0-9] rather than \d: .NET's \d also matches non-ASCII digits; \z rather than $: .NET's $ also matches before a final newline.
    [GeneratedRegex(@"^(gm[0-9]{4}|pv[0-9]{2}|ws[0-9]{4}|mnre[0-9]{4}|zb[0-9]{6}|oorg[0-9]{5})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
