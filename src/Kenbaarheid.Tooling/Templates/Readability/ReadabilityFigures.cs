namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>What a text measures: counts, the reading-ease score and the two figures plain-language guides watch.</summary>
public sealed record ReadabilityFigures(int Sentences, int Words, int Syllables, int LongWords, double Score)
{
    public static readonly ReadabilityFigures Empty = new(0, 0, 0, 0, 0);

    public double AverageSentenceWords => Sentences == 0 ? 0 : (double)Words / Sentences;

    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;

    /// <summary>The share of words at or above the language's long-word syllable count, 0–1.</summary>
    public double LongWordShare => Words == 0 ? 0 : (double)LongWords / Words;
}
