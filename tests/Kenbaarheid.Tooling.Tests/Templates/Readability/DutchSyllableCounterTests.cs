using Kenbaarheid.Tests;
using Kenbaarheid.Tooling.Templates.Readability;

namespace Kenbaarheid.Tooling.Tests.Templates.Readability;

public sealed class DutchSyllableCounterTests
{
    private static readonly string WordList = Path.Combine(RepositoryPaths.Root, "tests", "Kenbaarheid.Tooling.Tests", "Templates", "Readability", "DutchSyllableWords.txt");

    [Fact]
    public void Count_AgreesWithEveryWordOfTheHandCheckedList()
    {
        var counter = new DutchSyllableCounter();
        var words = File.ReadAllLines(WordList)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (Word: parts[0], Expected: int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

        var misses = words.Where(w => counter.Count(w.Word) != w.Expected).Select(w => $"{w.Word}: expected {w.Expected}, counted {counter.Count(w.Word)}").ToList();

        Assert.True(words.Count >= 200, $"The list holds {words.Count} words; at least 200 are needed.");
        Assert.Empty(misses);
    }

    [Theory]
    [InlineData("serieus", 3)]
    [InlineData("nieuw", 1)]
    [InlineData("ideeën", 3)]
    [InlineData("sociaal", 3)]
    [InlineData("BSN", 3)]
    [InlineData("WIJ", 1)]
    [InlineData("naïef", 2)]
    [InlineData("x", 1)]
    [InlineData("2027", 1)]
    public void Count_ReadsTheHardCasesAsDutchSpeakersDo(string word, int expected) =>
        Assert.Equal(expected, new DutchSyllableCounter().Count(word));
}
