using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Rendering;

/// <summary>
/// What the rendered notices of the samples and the template fixtures claim, read as a jurist and a plain-language
/// editor would (docs/LEGAL.md): each rule of issue 11 on the notice a citizen gets.
/// </summary>
public sealed partial class NoticeClaimTests
{
    public static TheoryData<string> AllEvents => new(SampleEvents.Valid.Select(s => "samples/" + s).Concat(
        Directory.EnumerateFiles(Path.Combine(PipelineHarness.FixtureFolder, "events"), "1*.json").Order(StringComparer.Ordinal).Select(f => "fixtures/" + Path.GetFileName(f))));

    [Fact]
    public async Task Notice_NeverSaysAPersonDecidedADecisionAutomatedInSubstanceAndOffersTheArticle22Rights()
    {
        var notice = await RenderAsync("samples/" + SampleEvents.RiskSupported);

        var text = notice.Text("nl.txt");
        Assert.DoesNotContain("Een medewerker heeft dit besluit genomen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Een medewerker heeft het besluit genomen", text, StringComparison.Ordinal);
        Assert.Contains("De computer bepaalde de uitkomst van dit besluit.", text, StringComparison.Ordinal);
        var intervention = notice.Html("nl").QuerySelector("[data-right=human-intervention]")!.TextContent;
        Assert.Contains("opnieuw naar uw zaak kijkt", intervention, StringComparison.Ordinal);
        Assert.Contains("wat u van het besluit vindt", intervention, StringComparison.Ordinal);
        Assert.Contains("niet eens bent met het besluit", intervention, StringComparison.Ordinal);
        Assert.Contains("U doet dit met een bezwaar.", intervention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_DisclosesAnUndisclosedRankingFirstInNeutralWordsWithAHeadingThatFitsTheRole()
    {
        var notice = await RenderAsync("samples/" + SampleEvents.Parking);

        var risk = notice.Html("nl").QuerySelector("[data-section=risk]")!;
        Assert.Equal("Een algoritme heeft u een plek in een volgorde gegeven", risk.QuerySelector("h2")!.TextContent);
        Assert.DoesNotContain("risicomodel", risk.TextContent, StringComparison.Ordinal);
        Assert.Equal("risk", notice.Html("nl").QuerySelectorAll("[data-section]")[1].GetAttribute("data-section"));
    }

    [Fact]
    public async Task Notice_SaysAClassificationLedToAnExtraCheckInsteadOfContradictingTheModelsWeight()
    {
        var text = (await RenderAsync("samples/" + SampleEvents.RiskSupported)).Text("nl.txt");

        Assert.Contains("Door de uitkomst van het algoritme kwam er een extra controle.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("niet veranderd", text, StringComparison.Ordinal);
        Assert.DoesNotContain("geen invloed", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samples/02-toeslag-risk-supported.json", false)]
    [InlineData("samples/03-uitwonendenbeurs-prepared.json", true)]
    public async Task Notice_SaysTheDecisionRestsOnTheCheckOnlyWhenAPersonDecided(string source, bool personDecided)
    {
        var text = (await RenderAsync(source)).Text("nl.txt");

        Assert.Contains("Door de uitkomst van het algoritme kwam er een extra controle.", text, StringComparison.Ordinal);
        Assert.Equal(personDecided, text.Contains("Het besluit steunt op wat die controle opleverde.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("samples/04-parkeervergunning-automated.json", "nl.txt", "Bovenaan deze uitleg leest u wat dit algoritme in uw zaak deed.")]
    [InlineData("fixtures/10-vergunning-risk-changed-outcome.json", "en.txt", "The top of this explanation says what this algorithm did in your case.")]
    public async Task Notice_PointsFromAClassifyingAlgorithmToTheRiskSectionWithoutOtherWordsForWhatItDid(string source, string document, string sentence)
    {
        var text = (await RenderAsync(source)).Text(document);

        Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ingedeeld of uitgekozen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("put you in a group or picked you out", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_MakesNoOutcomeClaimTheFactsContradict()
    {
        var text = (await RenderAsync("fixtures/14-ontheffing-outcome-claim-inconsistent.json")).Text("nl.txt");

        Assert.DoesNotContain("invloed op uw besluit", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Door de uitkomst van het algoritme kwam er een extra controle.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samples/02-toeslag-risk-supported.json", "nl.txt", "Uw bezwaar moet uiterlijk op 31 december 2026 binnen zijn.")]
    [InlineData("samples/05-woz-supported.json", "nl.txt", "Uw bezwaar moet uiterlijk op 4 januari 2027 binnen zijn.")]
    [InlineData("samples/05-woz-supported.json", "en.txt", "Your objection must arrive by 4 January 2027 at the latest.")]
    [InlineData("fixtures/12-bijstand-beroep-generated-text.json", "en.txt", "Your appeal must arrive by 6 January 2027 at the latest.")]
    [InlineData("samples/01-huurtoeslag-automated.json", "nl.txt", "Doe dat binnen 6 weken nadat wij het besluit verstuurden.")]
    public async Task Notice_NamesTheLastDayWhenTheStartIsKnownAndTheTermInWordsWhenNot(string source, string document, string sentence)
    {
        Assert.Contains(sentence, (await RenderAsync(source)).Text(document), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samples/02-toeslag-risk-supported.json", "nl.txt", "Stuurt u uw bezwaar met de post?\nDan mag u het tot en met die dag op de post doen.\nHet moet dan binnen een week daarna aankomen.")]
    [InlineData("samples/05-woz-supported.json", "en.txt", "By post, you may send it on that day at the latest.\nIt must then arrive within a week after that day.")]
    [InlineData("fixtures/12-bijstand-beroep-generated-text.json", "nl.txt", "Stuurt u uw beroep met de post?")]
    public async Task Notice_SaysAPostedObjectionIsOnTimeWhenPostedByTheLastDay(string source, string document, string sentences)
    {
        // Awb 6:9(2): posted before the term ends, and received no later than a week after it.
        Assert.Contains(sentences, (await RenderAsync(source)).Text(document).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_SaysWhatAnObjectionMustHoldWhereItGoesAndThatAskingForAnExplanationDoesNotStopTheTerm()
    {
        var rights = (await RenderAsync("samples/" + SampleEvents.RiskSupported)).Html("nl").QuerySelector("[data-section=rights]")!;

        var objection = rights.QuerySelector("[data-right=objection]")!.TextContent;
        Assert.All(["uw naam en adres", "de datum", "nummer HT-2027-000456", "waarom u het er niet mee eens bent", "uw handtekening"], item => Assert.Contains(item, objection, StringComparison.Ordinal));
        Assert.Contains("Stuur uw bezwaar naar: Postbus 1000, 9700 AA Groningen", objection, StringComparison.Ordinal);
        Assert.Contains("De tijd om bezwaar te maken loopt dan gewoon door.", rights.QuerySelector("[data-right=explanation]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_OffersNoObjectionAgainstADecisionWithoutLegalEffect()
    {
        var notice = await RenderAsync("fixtures/11-schuldhulp-prepared-text-generated.json");

        Assert.Empty(notice.Html("nl").QuerySelectorAll("[data-right=objection], [data-right=appeal]"));
        Assert.Contains("Volgens de wet kunt u hiertegen geen bezwaar maken.", notice.Text("nl.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("Bezwaar maken", notice.Text("nl.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_OffersAppealToTheCourtForADecisionOnAnObjection()
    {
        var notice = await RenderAsync("fixtures/12-bijstand-beroep-generated-text.json");

        var appeal = notice.Html("nl").QuerySelector("[data-right=appeal]")!.TextContent;
        Assert.Contains("in beroep gaan bij de rechtbank Noord-Nederland", appeal, StringComparison.Ordinal);
        Assert.Contains("Adres: Postbus 150, 9700 AD Groningen", appeal, StringComparison.Ordinal);
        Assert.Empty(notice.Html("nl").QuerySelectorAll("[data-right=objection]"));
    }

    [Fact]
    public async Task Notice_NamesWhoCorrectsDataFromABaseRegister()
    {
        var correction = (await RenderAsync("samples/" + SampleEvents.RiskSupported)).Html("nl").QuerySelector("[data-right=correction]")!.TextContent;

        Assert.Contains("Inkomen 2025 komt uit de Basisregistratie Inkomen. De Belastingdienst kan dit gegeven verbeteren.", correction, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllEvents))]
    public async Task Notice_NeverPrintsABareDecimalAndSpeaksOfNumbersOnlyWhenThereAreNumbers(string source)
    {
        var notice = await RenderAsync(source);

        foreach (var (name, text) in notice.Documents)
        {
            var dutch = name.StartsWith("nl", StringComparison.Ordinal);
            Assert.DoesNotMatch(dutch ? DecimalPoint() : DecimalComma(), ParameterWeights(text));
            Assert.Equal(notice.HasWeightFigures, text.Contains(dutch ? "Hoe hoger het getal" : "The higher the number", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Notice_ShowsAWeightFigureInDutchNotationOnAPlainScale()
    {
        var text = (await RenderAsync("samples/" + SampleEvents.RiskSupported)).Text("nl.txt");

        Assert.Contains("Hoe zwaar het meetelde: 0,45. Dit punt telde het zwaarst.", text, StringComparison.Ordinal);
        Assert.Contains("Hoe zwaar het meetelde: 0,2. Dit punt telde het minst.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl.txt", "Hoe zwaar het meetelde: 0,4. Dit punt telde niet het zwaarst en niet het minst.")]
    [InlineData("en.txt", "How much it counted: 0.4. This point did not count the most or the least.")]
    public async Task Notice_PlacesAMiddleWeightOnTheSameScaleAsTheHeaviestAndLightest(string document, string sentence)
    {
        Assert.Contains(sentence, (await RenderAsync("samples/" + SampleEvents.Woz)).Text(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_DoesNotCallAValueGivenAsAParameterNotStated()
    {
        var row = (await RenderAsync("samples/" + SampleEvents.RiskSupported)).Html("nl")
            .QuerySelectorAll("[data-section=data] tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Eerdere terugvorderingen");

        Assert.Equal("ja, in 2024", row.QuerySelectorAll("td")[1].TextContent);
    }

    [Theory]
    [MemberData(nameof(AllEvents))]
    public async Task Notice_ShowsOnlyTheRegistersOwnWordsAndNoGarbledCharacter(string source)
    {
        var notice = await RenderAsync(source);

        foreach (var text in notice.Documents.Values.Append(notice.Explanation))
        {
            Assert.DoesNotContain('\uFFFD', text);
            Assert.DoesNotMatch(Mojibake(), text);
            Assert.DoesNotContain("weinig gevolgen", text, StringComparison.Ordinal);
            Assert.DoesNotContain("little effect", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Notice_NamesTheOrganisationThatOwnsTheAlgorithmAndSaysWhatWasLeftOut()
    {
        var text = (await RenderAsync("fixtures/12-bijstand-beroep-generated-text.json")).Text("nl.txt");

        Assert.Contains("Dit algoritme is van een andere organisatie: Stichting Regionale Taaldiensten.", text, StringComparison.Ordinal);
        Assert.Contains("Het is één model voor alle gemeenten in de regio.", text, StringComparison.Ordinal);
        Assert.Contains("Een deel van de tekst in het register is beschadigd.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_SaysWhichTextAiWroteByWhichAlgorithmAndWhetherAPersonCheckedIt()
    {
        var label = (await RenderAsync("fixtures/12-bijstand-beroep-generated-text.json")).Html("en").QuerySelector("[data-section=ai-label]")!.TextContent;

        Assert.Contains("This text was made with AI: De samenvatting van uw bezwaarschrift in deze beslissing", label, StringComparison.Ordinal);
        Assert.Contains("The algorithm that made the text: Samenvattingen maken van bezwaarschriften.", label, StringComparison.Ordinal);
        Assert.Contains("No staff member checked this text.", label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "AI is een computerprogramma dat heeft geleerd van veel voorbeelden.")]
    [InlineData("en", "AI is a computer program that has learned from many examples.")]
    public async Task Notice_DefinesAiOnceTheSameWayWhereverItSpeaksOfAi(string language, string definition)
    {
        var text = (await RenderAsync("fixtures/12-bijstand-beroep-generated-text.json")).Text($"{language}.txt");

        var definitions = AiDefinition().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.Equal([definition], definitions);
    }

    [Theory]
    [MemberData(nameof(AllEvents))]
    public async Task Notice_InEnglishHasNoDutchSentenceOutsideTextMarkedDutch(string source)
    {
        var notice = await RenderAsync(source);
        if (!notice.Languages.Contains("en"))
        {
            return;
        }

        var english = notice.Html("en");
        foreach (var dutch in english.QuerySelectorAll("[lang=nl]").ToList())
        {
            dutch.Remove();
        }

        var words = Words().Matches(english.Body!.TextContent).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        Assert.Empty(words.Intersect(DutchWords));
    }

    [Theory]
    [InlineData("samples/05-woz-supported.json", "If you disagree with the decision, you can object.")]
    [InlineData("samples/05-woz-supported.json", "Some points have a number.")]
    [InlineData("samples/05-woz-supported.json", "If you ask for an explanation, the time to object keeps running.")]
    [InlineData("fixtures/12-bijstand-beroep-generated-text.json", "If you disagree with this decision, you can appeal to de rechtbank Noord-Nederland.")]
    public async Task Notice_InEnglishStatesConditionsAsAnEnglishEditorWouldNotAsDutchQuestions(string source, string sentence)
    {
        var text = (await RenderAsync(source)).Text("en.txt");

        Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Do you ask for an explanation?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Is there a number with a point?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_InEnglishGivesTheAgencysEnglishTextOrSaysInEnglishThatHelpIsOffered()
    {
        var translated = (await RenderAsync("fixtures/10-vergunning-risk-changed-outcome.json")).Text("en.txt");
        var dutchOnly = (await RenderAsync("samples/" + SampleEvents.Woz)).Text("en.txt");

        Assert.Contains("On working days you can visit the Stadsloket (city desk) without an appointment.", translated, StringComparison.Ordinal);
        Assert.Contains("We also offer help in person. Ask us where and when.", dutchOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("U kunt zonder afspraak langskomen", dutchOnly, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllEvents))]
    public async Task Notice_GivesEveryLinkADescriptiveTextAndEveryPlainTextHeadingSentenceCase(string source)
    {
        var notice = await RenderAsync(source);

        foreach (var language in notice.Languages)
        {
            Assert.All(notice.Html(language).QuerySelectorAll("a"), a => Assert.DoesNotMatch("^(https?://|www\\.)", a.TextContent.Trim()));
            Assert.DoesNotContain(notice.Text($"{language}.txt").Split('\n'), line => CapitalsOnly().IsMatch(line));
        }
    }

    private static readonly HashSet<string> DutchWords = ["het", "een", "niet", "wij", "uw", "voor", "wordt", "zijn", "deze", "wat", "waar", "mag", "kunt"];

    /// <summary>What the notice says after "how much it counted", in either language and channel.</summary>
    private static string ParameterWeights(string text) => string.Join('\n', WeightStatement().Matches(text).Select(m => m.Groups[1].Value));

    private static async Task<RenderedSource> RenderAsync(string source)
    {
        var fixtures = source.StartsWith("fixtures/", StringComparison.Ordinal);
        var path = fixtures
            ? Path.Combine(PipelineHarness.FixtureFolder, "events", source["fixtures/".Length..])
            : Path.Combine(RepositoryPaths.Samples, "events", source["samples/".Length..]);
        using var harness = fixtures ? new PipelineHarness(fixtures: true) : new PipelineHarness();
        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(await File.ReadAllBytesAsync(path)));
        var documents = issued.Manifest.Languages
            .SelectMany(language => new[] { $"{language}.html", $"{language}.txt" })
            .ToDictionary(name => name, name => harness.ReadText($"{issued.Folder}/notice.{name}"));
        var explanation = harness.ReadText($"{issued.Folder}/explanation.json");
        return new RenderedSource(issued.Manifest.Languages, documents, explanation);
    }

    private sealed record RenderedSource(IReadOnlyList<string> Languages, IReadOnlyDictionary<string, string> Documents, string Explanation)
    {
        public bool HasWeightFigures => Explanation.Contains("\"hasWeightFigures\": true", StringComparison.Ordinal);

        public string Text(string document) => Documents[document];

        public IDocument Html(string language) => new HtmlParser().ParseDocument(Documents[$"{language}.html"]);
    }

    [GeneratedRegex(@"(?:meetelde|counted): ([^<\n]*)")]
    private static partial Regex WeightStatement();

    [GeneratedRegex(@"\b\d+\.\d+\b")]
    private static partial Regex DecimalPoint();

    [GeneratedRegex(@"\b\d+,\d+\b")]
    private static partial Regex DecimalComma();

    [GeneratedRegex("Ã[\u0080-\u00BF]|â€")]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"AI is [^.]*\.")]
    private static partial Regex AiDefinition();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    // A line of capitals only (three letters or more): a heading shouted rather than written in sentence case.
    [GeneratedRegex(@"^(?=.*\p{Lu}{3})[^\p{Ll}]*$")]
    private static partial Regex CapitalsOnly();
}
