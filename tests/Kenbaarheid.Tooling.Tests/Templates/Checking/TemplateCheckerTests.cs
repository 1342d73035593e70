using Kenbaarheid.Rendering;
using Kenbaarheid.Tests;
using Kenbaarheid.Tests.Rendering;
using Kenbaarheid.Tooling.Templates.Checking;
using Kenbaarheid.Tooling.Templates.Readability;

namespace Kenbaarheid.Tooling.Tests.Templates.Checking;

/// <summary><c>templates check</c> passes on the shipped templates and names the template, file, line and fixture of each break.</summary>
public sealed class TemplateCheckerTests : IDisposable
{
    private readonly TemplateFolderCopy _templates = new();

    [Fact]
    public async Task CheckAsync_PassesOnTheShippedTemplatesWithEveryFixture()
    {
        var report = await new TemplateChecker().CheckAsync(Path.Combine(RepositoryPaths.Root, "templates"));

        Assert.Empty(report.Findings.Select(f => f.ToString()));
        Assert.Equal(4, report.Templates.Count);
        Assert.True(report.Fixtures.Count >= 8);
        Assert.Equal(report.Templates.Count * report.Fixtures.Count, report.Renders.Count);
    }

    [Fact]
    public async Task CheckAsync_ShowsTheDutchSampleNoticesMeetTheReadabilityGoal()
    {
        var report = await new TemplateChecker().CheckAsync(Path.Combine(RepositoryPaths.Root, "templates"));

        var dutch = report.Measurements.Where(m => m.Language == "nl" && m.Section == ReadabilityMeasurement.WholeNotice && m.Fixture != TemplateCheckReport.AllFixtures).ToList();
        Assert.Equal(report.Fixtures.Count * 2, dutch.Count);
        Assert.All(dutch.Where(m => m.Scope == ReadabilityScope.Notice), m => Assert.True(m.Figures.Score >= 60, $"{m.Fixture}: {m.Figures.Score:0.0}"));
        Assert.All(dutch.Where(m => m.Scope == ReadabilityScope.Own), m => Assert.True(m.Figures.Score >= 70, $"{m.Fixture}: {m.Figures.Score:0.0}"));
        Assert.All(dutch, m => Assert.True(m.Figures.AverageSentenceWords <= 12, $"{m.Fixture}: {m.Figures.AverageSentenceWords:0.0} words per sentence"));
    }

    [Fact]
    public async Task CheckAsync_FindsARemovedRiskSectionAndNamesTheFixturesThatNeedIt()
    {
        _templates.Replace("nl/html/notice.hbs", "<section data-section=\"risk\" class=\"box\"", "<section class=\"box\"");

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((TemplateFindingRules.SectionMarker, "notice.nl.html"), (finding.Rule, finding.Template));
        Assert.Contains("Section 'risk' is missing: an algorithm sorted or selected the person", finding.Message, StringComparison.Ordinal);
        Assert.Contains("02-toeslag-risk-supported", finding.Fixture, StringComparison.Ordinal);
        Assert.DoesNotContain("01-huurtoeslag-automated", finding.Fixture, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_FindsAnObjectionOfferedAgainstADecisionWithoutLegalEffect()
    {
        _templates.Replace("en/html/notice.hbs", "{{#is rights.remedy.kind \"objection\"}}\n<div data-right=\"objection\">", "{{#is \"always\" \"always\"}}\n<div data-right=\"objection\">");

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        var findings = report.Findings.Where(f => f.Message.Contains("data-right=\"objection\", but this decision has no such route", StringComparison.Ordinal)).ToList();
        Assert.All(findings, finding => Assert.Equal((TemplateFindingRules.SectionMarker, "notice.en.html"), (finding.Rule, finding.Template)));
        var fixtures = string.Join(", ", findings.Select(f => f.Fixture));
        Assert.Contains("11-schuldhulp-prepared-text-generated", fixtures, StringComparison.Ordinal);
        Assert.Contains("12-bijstand-beroep-generated-text", fixtures, StringComparison.Ordinal);
        Assert.DoesNotContain("02-toeslag-risk-supported", fixtures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_FindsARiskSectionMovedBackBelowTheDecision()
    {
        var source = File.ReadAllText(_templates.PathOf("nl/html/notice.hbs"));
        var start = source.IndexOf("{{#if risk}}", StringComparison.Ordinal);
        var end = source.IndexOf("{{#if generatedText}}", StringComparison.Ordinal);
        var risk = source[start..end];
        _templates.Replace("nl/html/notice.hbs", risk, "");
        _templates.Replace("nl/html/notice.hbs", "<section data-section=\"human\"", risk + "<section data-section=\"human\"");

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        Assert.Contains(report.Findings, f => f.Rule == TemplateFindingRules.SectionMarker && f.Template == "notice.nl.html" && f.Message.StartsWith("Section 'risk' comes after 'operations'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_FindsTripleStashByFileAndLine()
    {
        _templates.Replace("en/txt/notice.hbs", "letter about: {{decision.type}}.", "letter about: {{{decision.type}}}.");
        var line = File.ReadAllLines(_templates.PathOf("en/txt/notice.hbs")).ToList().FindIndex(l => l.Contains("{{{", StringComparison.Ordinal)) + 1;

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        var finding = Assert.Single(report.Findings, f => f.Rule == TemplateSourceRules.Unescaped);
        Assert.Equal(("notice.en.txt", "en/txt/notice.hbs", (int?)line), (finding.Template, finding.File, finding.Line));
        Assert.False(report.Passed);
    }

    [Fact]
    public async Task CheckAsync_FindsAnUnknownFieldByFileAndLine()
    {
        _templates.Replace("nl/html/role.hbs", "Het algoritme heeft een berekening gemaakt.", "Het algoritme heeft {{calculationKind}} gemaakt.");

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.Rule == TemplateFindingRules.UnresolvedBinding, finding.ToString());
        Assert.Equal((TemplateFindingRules.UnresolvedBinding, "notice.nl.html", "nl/html/role.hbs", (int?)2), (finding.Rule, finding.Template, finding.File, finding.Line));
        Assert.Contains("calculationKind", finding.Message, StringComparison.Ordinal);
        Assert.Contains("01-huurtoeslag-automated", finding.Fixture, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"https://tracker.example/p.gif\" alt=\"\">", TemplateSourceRules.ExternalResource)]
    [InlineData("<script>alert(1)</script>", TemplateSourceRules.Script)]
    [InlineData("<p onclick=\"x()\">x</p>", TemplateSourceRules.Script)]
    public async Task CheckAsync_FindsScriptsAndExternalResources(string markup, string rule)
    {
        _templates.Replace("en/html/notice.hbs", "<main>\n", "<main>\n" + markup + "\n");

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        Assert.Contains(report.Findings, f => f.Rule == rule && f.Template == "notice.en.html" && f.File == "en/html/notice.hbs" && f.Line is not null);
    }

    [Fact]
    public async Task CheckAsync_ReportsAFixtureSetThatNoLongerCoversEveryRole()
    {
        File.Delete(_templates.PathOf("fixtures/events/10-vergunning-risk-changed-outcome.json"));

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        Assert.Contains(report.Findings, f => f.Rule == TemplateFindingRules.Coverage && f.Message == "No fixture covers role 'matching'.");
    }

    [Fact]
    public async Task CheckAsync_FindsADraftBannerThatAnAuthorRemoved()
    {
        _templates.Replace("en/html/notice.hbs", "<strong>{{> draft-banner}}</strong>", "<strong>Preview</strong>");

        var report = await new TemplateChecker().CheckAsync(_templates.Folder);

        Assert.Contains(report.Findings, f => f.Rule == TemplateFindingRules.DraftBanner && f.Template == "notice.en.html");
    }

    public void Dispose() => _templates.Dispose();
}
