using System.Text.RegularExpressions;

namespace Kenbaarheid.Events;

/// <summary>
/// The text patterns of the contract. The published JSON Schema carries the same patterns; [0-9] rather than \d
/// because .NET's \d also matches non-ASCII digits, and \z rather than $ because
/// .NET's $ also matches before a final newline.
/// </summary>
internal static partial class EventPatterns
{
    /// <summary>A decision id becomes a storage path segment, so no leading dot and a small alphabet.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\z", RegexOptions.CultureInvariant)]
    public static partial Regex DecisionId();

    /// <summary>The org_id shapes of the Dutch government organisation register (TOOI).</summary>
    [GeneratedRegex(@"^(gm[0-9]{4}|pv[0-9]{2}|ws[0-9]{4}|mnre[0-9]{4}|zb[0-9]{6}|oorg[0-9]{5})\z", RegexOptions.CultureInvariant)]
    public static partial Regex AgencyId();

    /// <summary>An ISO 639-1 language code in lower case.</summary>
    [GeneratedRegex(@"^[a-z]{2}\z", RegexOptions.CultureInvariant)]
    public static partial Regex Language();

    /// <summary>An RFC 3339 date-time; the offset is required so the moment is unambiguous.</summary>
    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]([0-9]{2}:[0-9]{2}:[0-9]{2})(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    public static partial Regex Timestamp();

    /// <summary>An ISO 8601 calendar date; whether it exists is checked when it is parsed.</summary>
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    public static partial Regex Date();
}
