using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Kenbaarheid.Agencies;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;
using Kenbaarheid.Tooling.Templates.Readability;
using Kenbaarheid.Tooling.Templates.Review;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>
/// <c>kenbaarheid templates check</c>: reads every template (reporting unescaped output, scripts and external
/// resources by file and line), compiles each, renders each against every fixture in every language — drafts too,
/// as preview would — and checks the section markers and the draft banner; then measures readability per language
/// and section against <c>readability.json</c>. Every problem is reported at once; nothing stops at the first.
/// </summary>
public sealed partial class TemplateChecker
{
    private readonly HtmlParser _parser = new();

    public async Task<TemplateCheckReport> CheckAsync(string templatesFolder, string? fixturesFolder = null, CancellationToken cancellationToken = default)
    {
        var (set, sourceFindings) = await TemplateSetLoader.ReadAsync(templatesFolder, cancellationToken).ConfigureAwait(false);
        var settings = await ReadabilitySettings.ReadAsync(templatesFolder, cancellationToken).ConfigureAwait(false);
        var fixtureSet = await FixtureSet.LoadAsync(fixturesFolder ?? Path.Combine(templatesFolder, FixtureSet.FolderName), cancellationToken).ConfigureAwait(false);
        var findings = new List<TemplateFinding>(sourceFindings);
        findings.AddRange(fixtureSet.Findings);
        findings.AddRange(FixtureCoverage.Gaps(fixtureSet.Fixtures));

        var measurements = new List<ReadabilityMeasurement>();
        var renders = new List<RenderedFixture>();
        var templates = set.All.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        foreach (var template in templates)
        {
            if (!settings.Languages.TryGetValue(template.Language, out var readability))
            {
                findings.Add(new TemplateFinding(TemplateFindingRules.Readability, template.Id, ReadabilitySettings.FileName, null, null, $"{ReadabilitySettings.FileName} has no thresholds for language '{template.Language}'."));
            }

            NoticeRenderer plain, marked;
            try
            {
                plain = new NoticeRenderer(new TemplateSet([template]), TemplateMode.Preview, markBoundText: false);
                marked = new NoticeRenderer(new TemplateSet([template]), TemplateMode.Preview, markBoundText: true);
            }
            catch (TemplateException exception)
            {
                findings.Add(new TemplateFinding(TemplateFindingRules.Compile, template.Id, null, null, null, exception.InnerException?.Message ?? exception.Message));
                continue;
            }

            CheckDraftBanner(template, fixtureSet.Fixtures, findings);
            var analyzer = readability is null ? null : ReadabilityAnalyzer.For(readability.Formula, readability.LongWordSyllables);
            foreach (var fixture in fixtureSet.Fixtures)
            {
                var json = ExplanationDocument.ToElement(fixture.Explanation);
                if (TryRender(plain, template, fixture, json, findings) is not { } text)
                {
                    continue;
                }

                if (template.Channel == TemplateChannel.Txt)
                {
                    renders.Add(new RenderedFixture(fixture.Name, template.Id, template.Language, template.Channel, text, [], []));
                    continue;
                }

                var document = _parser.ParseDocument(text);
                findings.AddRange(RenderedNoticeInspector.Inspect(document, fixture.Explanation, template, fixture.Name));
                var sections = document.QuerySelectorAll("[data-section]").Select(e => e.GetAttribute("data-section")!).ToList();
                renders.Add(new RenderedFixture(fixture.Name, template.Id, template.Language, template.Channel, text, sections, PdfPages(plain, template, fixture, text, findings)));
                if (analyzer is null || TryRender(marked, template, fixture, json, findings: null) is not { } markedText)
                {
                    continue;
                }

                measurements.AddRange(Measure(analyzer, template.Language, fixture.Name, ReadabilityScope.Notice, NoticeTextExtractor.Sections(document, ownOnly: false)));
                measurements.AddRange(Measure(analyzer, template.Language, fixture.Name, ReadabilityScope.Own, NoticeTextExtractor.Sections(_parser.ParseDocument(markedText), ownOnly: true)));
            }

        }

        foreach (var template in templates.Where(t => t.Channel == TemplateChannel.Html))
        {
            if (settings.Languages.TryGetValue(template.Language, out var readability))
            {
                var analyzer = ReadabilityAnalyzer.For(readability.Formula, readability.LongWordSyllables);
                measurements.AddRange(Totals(analyzer, template.Language, measurements));
                findings.AddRange(Thresholds(template, readability, measurements));
            }
        }

        return new TemplateCheckReport(templates, fixtureSet.Fixtures, Merge(findings), measurements, renders, settings);
    }

    /// <summary>
    /// The fixture's PDF pages as pictures for the review report, laid out as the PDF is (with the default address
    /// window: fixtures are about wording, not one agency's envelope); a template that cannot make a PDF is a finding.
    /// </summary>
    private static IReadOnlyList<string> PdfPages(NoticeRenderer renderer, NoticeTemplate template, NoticeFixture fixture, string html, List<TemplateFinding> findings)
    {
        try
        {
            return PdfPagePictures.Draw(renderer.LayPdf(html, fixture.Explanation, template.Language, AddressWindow.Default));
        }
        catch (TemplateException exception)
        {
            findings.Add(new TemplateFinding(TemplateFindingRules.Compile, template.Id, null, null, fixture.Name, exception.Message));
            return [];
        }
    }

    private static string? TryRender(NoticeRenderer renderer, NoticeTemplate template, NoticeFixture fixture, JsonElement json, List<TemplateFinding>? findings)
    {
        try
        {
            return renderer.RenderOne(json, fixture.Explanation.NoticeId, template.Language, template.Channel).Text;
        }
        catch (TemplateException exception)
        {
            // A failure inside a partial arrives wrapped ("Runtime error while rendering partial"): look through the chain.
            var chain = new List<Exception>();
            for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
            {
                chain.Add(inner);
            }

            if (chain.OfType<HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException>().FirstOrDefault() is { } undefined)
            {
                var key = MissingKey(undefined);
                var (file, line) = key is null ? (null, null) : SourceLocator.Find(template, key);
                findings?.Add(new TemplateFinding(
                    TemplateFindingRules.UnresolvedBinding, template.Id, file, line, fixture.Name,
                    $"'{key ?? undefined.Message}' is not a field of the explanation here; templates bind to the names in explanation.json and template.{{id, version, language, status, draft}}."));
            }
            else
            {
                findings?.Add(new TemplateFinding(
                    exception.Message.Contains("draft banner", StringComparison.Ordinal) ? TemplateFindingRules.DraftBanner : TemplateFindingRules.Compile,
                    template.Id, null, null, fixture.Name, string.Join(" ", chain.Select(e => e.Message).DefaultIfEmpty(exception.Message))));
            }

            return null;
        }
    }

    /// <summary>A draft must show its banner: render the template as a draft, whatever its status, and see.</summary>
    private static void CheckDraftBanner(NoticeTemplate template, IReadOnlyList<NoticeFixture> fixtures, List<TemplateFinding> findings)
    {
        if (fixtures.Count == 0)
        {
            return;
        }

        var asDraft = template with { Approval = null };
        try
        {
            new NoticeRenderer(new TemplateSet([asDraft]), TemplateMode.Preview, markBoundText: false)
                .RenderOne(ExplanationDocument.ToElement(fixtures[0].Explanation), fixtures[0].Explanation.NoticeId, template.Language, template.Channel);
        }
        catch (TemplateException exception) when (exception.InnerException is null)
        {
            findings.Add(new TemplateFinding(TemplateFindingRules.DraftBanner, template.Id, $"{template.Language}/{template.Channel.ToString().ToLowerInvariant()}/{NoticeRenderer.DraftBannerPartial}.hbs", null, fixtures[0].Name, exception.Message));
        }
        catch (TemplateException)
        {
            // Other render failures are reported per fixture.
        }
    }

    private static IEnumerable<ReadabilityMeasurement> Measure(
        ReadabilityAnalyzer analyzer, string language, string fixture, ReadabilityScope scope, IReadOnlyList<(string Section, IReadOnlyList<string> Blocks)> sections)
    {
        var perSection = sections
            .GroupBy(s => s.Section)
            .Select(g => new ReadabilityMeasurement(language, fixture, g.Key, scope, analyzer.Measure(g.SelectMany(s => s.Blocks))))
            .ToList();
        return perSection.Append(new ReadabilityMeasurement(language, fixture, ReadabilityMeasurement.WholeNotice, scope, analyzer.Combine(perSection.Select(m => m.Figures))));
    }

    /// <summary>Each section, and the whole notice, over every fixture together.</summary>
    private static List<ReadabilityMeasurement> Totals(ReadabilityAnalyzer analyzer, string language, IReadOnlyList<ReadabilityMeasurement> measurements) =>
        measurements
            .Where(m => m.Language == language && m.Fixture != TemplateCheckReport.AllFixtures)
            .GroupBy(m => (m.Section, m.Scope))
            .Select(g => new ReadabilityMeasurement(language, TemplateCheckReport.AllFixtures, g.Key.Section, g.Key.Scope, analyzer.Combine(g.Select(m => m.Figures))))
            .ToList();

    private static IEnumerable<TemplateFinding> Thresholds(NoticeTemplate template, LanguageReadability limits, IReadOnlyList<ReadabilityMeasurement> measurements)
    {
        var whole = measurements.Where(m => m.Language == template.Language && m.Section == ReadabilityMeasurement.WholeNotice).ToList();
        foreach (var m in whole)
        {
            var figures = m.Figures;
            var minimum = m.Scope == ReadabilityScope.Notice ? limits.MinNoticeScore : limits.MinOwnScore;
            var what = m.Scope == ReadabilityScope.Notice ? "the notice" : "the templates' own sentences";
            if (figures.Score < minimum)
            {
                yield return Finding(m, $"{limits.Formula} of {what} is {F(figures.Score)}; at least {F(minimum)} is required.");
            }

            if (figures.AverageSentenceWords > limits.MaxAverageSentenceWords)
            {
                yield return Finding(m, $"{what} average {F(figures.AverageSentenceWords)} words per sentence; at most {F(limits.MaxAverageSentenceWords)} is allowed.");
            }

            if (m.Scope == ReadabilityScope.Own && figures.LongWordShare > limits.MaxLongWordShare)
            {
                yield return Finding(m, $"{F(figures.LongWordShare * 100)}% of the templates' own words are long ({limits.LongWordSyllables}+ syllables); at most {F(limits.MaxLongWordShare * 100)}% is allowed.");
            }
        }

        TemplateFinding Finding(ReadabilityMeasurement m, string message) =>
            new(TemplateFindingRules.Readability, template.Id, null, null, m.Fixture == TemplateCheckReport.AllFixtures ? null : m.Fixture, message);
    }

    /// <summary>The same finding on several fixtures is one finding that names them all.</summary>
    private static List<TemplateFinding> Merge(List<TemplateFinding> findings) =>
        findings
            .GroupBy(f => (f.Rule, f.Template, f.File, f.Line, f.Message))
            .Select(g => g.Count() == 1 || g.All(f => f.Fixture is null)
                ? g.First()
                : g.First() with { Fixture = string.Join(", ", g.Select(f => f.Fixture).OfType<string>().Distinct()) })
            .ToList();

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string? MissingKey(Exception exception)
    {
        var match = UndefinedMessage().Match(exception.Message);
        return match.Success ? match.Groups["key"].Value : null;
    }

    [GeneratedRegex(@"(?<key>[\w.@/\[\]-]+)'? is undefined")]
    private static partial Regex UndefinedMessage();
}
