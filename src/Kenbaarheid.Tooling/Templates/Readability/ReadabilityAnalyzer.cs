using System.Text.RegularExpressions;

namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>
/// Measures blocks of running text (a paragraph, a list item, a table cell). A sentence ends at . ? or ! followed by
/// a space, or at the end of its block, so list items and table cells without a full stop are sentences too. A word
/// is a run of letters (with digits, hyphens or apostrophes inside); numbers, web addresses and e-mail addresses are
/// not words: they are not read as language. A long word has at least <see cref="LongWordSyllables"/> syllables.
/// </summary>
public sealed partial class ReadabilityAnalyzer(ReadabilityFormula formula, ISyllableCounter syllables, int longWordSyllables)
{
    /// <summary>Abbreviations whose full stop does not end a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "o.a.", "bijv.", "bv.", "art.", "nr.", "z.s.m.", "m.b.t.", "i.v.m.", "d.w.z.", "t/m", "e.g.", "i.e.", "no.", "mr.", "dhr.", "mevr.", "jl.", "ca.",
    };

    public int LongWordSyllables => longWordSyllables;

    public static ReadabilityAnalyzer For(ReadabilityFormula formula, int longWordSyllables) => formula switch
    {
        ReadabilityFormula.FleschDouma => new ReadabilityAnalyzer(formula, new DutchSyllableCounter(), longWordSyllables),
        _ => new ReadabilityAnalyzer(formula, new EnglishSyllableCounter(), longWordSyllables),
    };

    public ReadabilityFigures Measure(IEnumerable<string> blocks)
    {
        var sentenceCount = 0;
        var wordCount = 0;
        var syllableCount = 0;
        var longWords = 0;
        foreach (var sentence in blocks.SelectMany(Sentences))
        {
            var words = Words(sentence).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            sentenceCount++;
            wordCount += words.Count;
            foreach (var word in words)
            {
                var count = syllables.Count(word);
                syllableCount += count;
                longWords += count >= longWordSyllables ? 1 : 0;
            }
        }

        return new ReadabilityFigures(sentenceCount, wordCount, syllableCount, longWords, Score(sentenceCount, wordCount, syllableCount));
    }

    /// <summary>Several measurements taken together, as if their texts were one.</summary>
    public ReadabilityFigures Combine(IEnumerable<ReadabilityFigures> parts)
    {
        var list = parts.ToList();
        var (sentences, words, syllableTotal) = (list.Sum(p => p.Sentences), list.Sum(p => p.Words), list.Sum(p => p.Syllables));
        return new ReadabilityFigures(sentences, words, syllableTotal, list.Sum(p => p.LongWords), Score(sentences, words, syllableTotal));
    }

    /// <summary>The sentences of one block of text.</summary>
    public static IEnumerable<string> Sentences(string block)
    {
        var tokens = block.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string>();
        foreach (var token in tokens)
        {
            current.Add(token);
            var bare = token.TrimEnd('"', '\'', '’', '”', ')', '»');
            if (bare.Length > 0 && ".?!".Contains(bare[^1], StringComparison.Ordinal) && !Abbreviations.Contains(bare))
            {
                yield return string.Join(' ', current);
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    /// <summary>The words of a sentence: letters count, numbers and addresses do not.</summary>
    public static IEnumerable<string> Words(string sentence)
    {
        foreach (var token in sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Address().IsMatch(token))
            {
                continue;
            }

            foreach (Match word in Word().Matches(token))
            {
                if (word.Value.Any(char.IsLetter))
                {
                    yield return word.Value;
                }
            }
        }
    }

    private double Score(int sentences, int words, int syllableTotal)
    {
        if (words == 0 || sentences == 0)
        {
            return 0;
        }

        var wordsPerSentence = (double)words / sentences;
        var syllablesPerWord = (double)syllableTotal / words;
        return formula == ReadabilityFormula.FleschDouma
            ? 206.84 - (0.77 * 100 * syllablesPerWord) - (0.93 * wordsPerSentence)
            : 206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord);
    }

    [GeneratedRegex(@"://|^www\.|@|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:/\S*)?[.,;:]?$")]
    private static partial Regex Address();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
