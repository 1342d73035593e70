namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>
/// One language's formula and thresholds from <c>templates/readability.json</c>. Scores apply to every fixture's
/// notice; <see cref="MaxAverageSentenceWords"/> and <see cref="MaxLongWordShare"/> to the templates' own sentences,
/// the text legal owns.
/// </summary>
public sealed record LanguageReadability(
    ReadabilityFormula Formula,
    int LongWordSyllables,
    double MinNoticeScore,
    double MinOwnScore,
    double MaxAverageSentenceWords,
    double MaxLongWordShare);
