using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Rendering;

/// <summary>The section and route markers of OUTPUT.md (v1.1), and the rules for a standalone page, on every sample notice in every language.</summary>
public sealed class NoticeSectionTests
{
    private static readonly string[] AlwaysPresent = ["mention", "decision", "algorithms", "contribution", "data", "human", "rights", "contact", "about"];

    /// <summary>OUTPUT.md v1.1: a person learns first that an algorithm sorted them or wrote text.</summary>
    private static readonly string[] Order = ["mention", "risk", "ai-label", "decision", "algorithms", "contribution", "data", "parameters", "operations", "human", "rights", "contact", "about"];

    private static readonly string[] ClassifyingRoles = ["classification", "risk-assessment", "selection", "ranking", "matching"];

    public static TheoryData<string> Samples => new(SampleEvents.Valid);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_MarksEachChecklistSectionExactlyWhenOutputMdSaysSo(string sample)
    {
        var (issued, documents) = await RenderAsync(SampleEvents.Bytes(sample));
        var tree = SampleEvents.Tree(sample)["data"]!;
        var algorithms = tree["algorithms"]!.AsArray();
        var hasParameters = algorithms.Any(a => a!["parameters"]?.AsArray().Count > 0);
        var hasOperations = algorithms.Any(a => a!["operations"]?.AsArray().Count > 0);
        var classifies = algorithms.Any(a => ClassifyingRoles.Contains(a!["role"]!.GetValue<string>()));
        var risk = tree["riskClassification"] is { } stated ? stated["applied"]?.GetValue<bool>() == true : classifies;
        var generated = tree["generatedText"]?.GetValue<bool>() == true;

        foreach (var document in documents)
        {
            var sections = document.QuerySelectorAll("[data-section]").Select(e => e.GetAttribute("data-section")!).ToList();
            Assert.All(AlwaysPresent, name => Assert.Single(sections, s => s == name));
            Assert.Equal(hasParameters, sections.Contains("parameters"));
            Assert.Equal(hasOperations, sections.Contains("operations"));
            Assert.Equal(risk, sections.Contains("risk"));
            Assert.Equal(generated, sections.Contains("ai-label"));
            Assert.Equal(Order.Where(sections.Contains), sections);
            var markedAlgorithms = document.QuerySelectorAll("[data-section=algorithms] [data-algorithm]").Select(e => e.GetAttribute("data-algorithm")).ToList();
            Assert.Equal(algorithms.Select(a => (string?)a!["lars"]!.GetValue<string>()), markedAlgorithms);
        }

        Assert.Equal(issued.Manifest.Languages, documents.Select(d => d.DocumentElement.GetAttribute("lang")));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_OffersExactlyTheRoutesOfThisDecisionInsideRights(string sample)
    {
        var (_, documents) = await RenderAsync(SampleEvents.Bytes(sample));
        var tree = SampleEvents.Tree(sample)["data"]!;
        var decision = tree["decision"]!;
        var legalEffect = decision["legalEffect"]?.GetValue<bool>() ?? true;
        var remedy = decision["remedy"]?["kind"]?.GetValue<string>() ?? (legalEffect ? "objection" : "none");
        var review = tree["humanReview"];
        var automated = tree["involvement"]!.GetValue<string>() == "automated"
            || review?["performed"]?.GetValue<bool>() == false
            || review?["canDeviate"]?.GetValue<bool>() == false
            || ((decision["discretion"]?.GetValue<string>() ?? "bound") == "bound" && tree["algorithms"]!.AsArray().Any(a => a!["weight"]!.GetValue<string>() == "decisive"));
        var expected = new[] { "explanation", remedy == "objection" ? "objection" : null, remedy == "appeal" ? "appeal" : null, automated ? "human-intervention" : null, "correction", "complaint", "help" }.OfType<string>();

        foreach (var document in documents)
        {
            Assert.Equal(expected, document.QuerySelectorAll("[data-section=rights] [data-right]").Select(e => e.GetAttribute("data-right")));
            Assert.Equal(document.QuerySelectorAll("[data-right]").Length, document.QuerySelectorAll("[data-section=rights] [data-right]").Length);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_WritesAStandalonePageWithoutScriptsOrExternalResources(string sample)
    {
        var (_, documents) = await RenderAsync(SampleEvents.Bytes(sample));

        foreach (var document in documents)
        {
            Assert.Equal("utf-8", document.QuerySelector("meta[charset]")?.GetAttribute("charset")?.ToLowerInvariant());
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.NotEmpty(document.Title ?? string.Empty);
            Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, base"));
            Assert.All(document.QuerySelectorAll("[style]"), e => Assert.DoesNotContain("url(", e.GetAttribute("style")!, StringComparison.Ordinal));
            Assert.All(document.QuerySelectorAll("style"), e => Assert.DoesNotContain("url(", e.TextContent, StringComparison.Ordinal));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    private static async Task<(PipelineOutcome.Issued Issued, IReadOnlyList<IDocument> Documents)> RenderAsync(byte[] eventBytes)
    {
        using var harness = new PipelineHarness();
        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(eventBytes));
        var parser = new HtmlParser();
        var documents = issued.Manifest.Languages
            .Select(language => parser.ParseDocument(harness.ReadText($"{issued.Folder}/notice.{language}.html")))
            .ToList();
        return (issued, documents);
    }
}
