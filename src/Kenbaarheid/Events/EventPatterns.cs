using System.Text.RegularExpressions;

namespace Kenbaarheid.Events;

/// <summary>
/// The text patterns of the contract that belong to no value type (the ids own theirs: <see cref="AgencyId"/>,
/// <see cref="DecisionId"/>). The published JSON Schema carries the same patterns; [0-9] rather than \d
/// because .NET's \d also matches non-ASCII digits, and \z rather than $ because .NET's $ also matches before
/// a final newline.
/// </summary>
internal static partial class EventPatterns
{
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
