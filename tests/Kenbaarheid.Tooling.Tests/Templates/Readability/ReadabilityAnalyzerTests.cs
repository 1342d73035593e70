using Kenbaarheid.Tooling.Templates.Readability;

namespace Kenbaarheid.Tooling.Tests.Templates.Readability;

public sealed class ReadabilityAnalyzerTests
{
    [Fact]
    public void Measure_ScoresDutchWithTheFleschDoumaFormula()
    {
        var analyzer = ReadabilityAnalyzer.For(ReadabilityFormula.FleschDouma, longWordSyllables: 4);

        // 2 sentences, 8 words; syllables: wij(1) ge-bruik-ten(3) een(1) al-go-rit-me(4) | u(1) mag(1) be-zwaar(2) ma-ken(2) = 15.
        var figures = analyzer.Measure(["Wij gebruikten een algoritme. U mag bezwaar maken."]);

        Assert.Equal((2, 8, 15, 1), (figures.Sentences, figures.Words, figures.Syllables, figures.LongWords));
        Assert.Equal(206.84 - (0.77 * 100 * 15 / 8) - (0.93 * 4), figures.Score, precision: 6);
    }

    [Fact]
    public void Measure_ScoresEnglishWithFleschReadingEase()
    {
        var analyzer = ReadabilityAnalyzer.For(ReadabilityFormula.FleschReadingEase, longWordSyllables: 3);

        // 1 sentence, 4 words: we(1) used(1) a(1) computer(3) = 6 syllables.
        var figures = analyzer.Measure(["We used a computer."]);

        Assert.Equal(206.835 - (1.015 * 4) - (84.6 * 6 / 4), figures.Score, precision: 6);
    }

    [Fact]
    public void Sentences_EndAtFullStopsAndBlocksButNotAtAbbreviations()
    {
        Assert.Equal(
            ["Dit kan o.a. per brief.", "Of bel ons!", "Zonder punt"],
            ReadabilityAnalyzer.Sentences("Dit kan o.a. per brief. Of bel ons! Zonder punt"));
    }

    [Fact]
    public void Words_LeaveOutNumbersAndAddresses()
    {
        Assert.Equal(
            ["Kijk", "op", "of", "of", "mail", "voor", "november"],
            ReadabilityAnalyzer.Words("Kijk op https://www.example.nl of algoritmes.overheid.nl of mail info@example.nl voor 30 november 2026"));
    }
}
