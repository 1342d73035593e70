using System.Text.RegularExpressions;

namespace Kenbaarheid.Tests.Rendering;

/// <summary>
/// Guards the plain-language promise of the templates' own sentences (text from events and the register is not
/// ours to shorten): short sentences on average and none very long, so a wording change that makes a notice
/// harder to read fails here rather than in a citizen's letter.
/// </summary>
public sealed partial class TemplateWordingTests
{
    private const double MaxAverageWordsPerSentence = 12;
    private const int MaxWordsPerSentence = 15;

    public static TheoryData<string, string> Folders => new()
    {
        { "nl", "html" }, { "nl", "txt" }, { "en", "html" }, { "en", "txt" },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Templates_WriteShortSentences(string language, string channel)
    {
        var sentences = OwnSentences(Path.Combine(RepositoryPaths.Root, "templates", language, channel));
        var lengths = sentences.ToDictionary(s => s, s => Words().Count(s));

        Assert.True(sentences.Count > 50, $"Found only {sentences.Count} sentences in {language}/{channel}; the extraction is broken.");
        Assert.Empty(lengths.Where(pair => pair.Value > MaxWordsPerSentence).Select(pair => pair.Key));
        Assert.InRange(lengths.Values.Average(), 1, MaxAverageWordsPerSentence);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Templates_NeverShowComplianceFlagsToTheCitizen(string language, string channel)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "templates", language, channel);

        Assert.All(Directory.EnumerateFiles(folder, "*.hbs"), file => Assert.DoesNotContain("flags", File.ReadAllText(file), StringComparison.Ordinal));
    }

    /// <summary>The sentences the templates write themselves: markup, comments and bindings removed, a binding counting as one word.</summary>
    private static HashSet<string> OwnSentences(string folder)
    {
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.hbs"))
        {
            var text = Comments().Replace(File.ReadAllText(file), " ");
            foreach (Match wording in HashWordings().Matches(text))
            {
                sentences.Add(wording.Groups[1].Value);
            }

            text = Partials().Replace(text, " ");
            text = Blocks().Replace(text, "\n");
            text = Bindings().Replace(text, "X");
            text = Markup().Replace(text, " ");
            foreach (var line in text.Split('\n'))
            {
                foreach (Match sentence in Sentences().Matches(line))
                {
                    if (Words().Count(sentence.Value) >= 2)
                    {
                        sentences.Add(sentence.Value.Trim());
                    }
                }
            }
        }

        return sentences;
    }

    [GeneratedRegex(@"\{\{!--.*?--\}\}", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?:one|more)=""([^""]*[a-z][^""]*)""")]
    private static partial Regex HashWordings();

    [GeneratedRegex(@"\{\{>[^}]*\}\}")]
    private static partial Regex Partials();

    [GeneratedRegex(@"\{\{~?(?:#|/|else)[^}]*\}\}")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Bindings();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[^.?!]+[.?!]")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"[\p{L}\p{N}X][\p{L}\p{N}'’-]*")]
    private static partial Regex Words();
}
