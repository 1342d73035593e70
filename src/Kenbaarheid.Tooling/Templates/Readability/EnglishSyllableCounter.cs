using System.Text.RegularExpressions;

namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>
/// The common English heuristic behind most Flesch Reading Ease tools: drop a silent final e (and -es, -ed after a
/// consonant), then count groups of one or two vowels (a e i o u y). Good enough for a template-wide average.
/// </summary>
public sealed partial class EnglishSyllableCounter : ISyllableCounter
{
    public int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            return parts.Sum(Count);
        }

        var letters = new string(word.Where(char.IsLetter).ToArray());
        if (letters.Length > 1 && letters.All(char.IsUpper) && letters.Length <= 4)
        {
            // Abbreviations are spelled out: AI, GDPR.
            return letters.Length;
        }

        var lower = letters.ToLowerInvariant();
        if (lower.Length <= 3)
        {
            return 1;
        }

        lower = SilentEnding().Replace(lower, string.Empty);
        lower = LeadingY().Replace(lower, string.Empty);
        return Math.Max(1, VowelGroups().Count(lower));
    }

    [GeneratedRegex("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("^y")]
    private static partial Regex LeadingY();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroups();
}
