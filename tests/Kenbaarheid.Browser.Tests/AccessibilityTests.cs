using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Kenbaarheid.Rendering.Themes;
using Kenbaarheid.Storage;
using Kenbaarheid.Tooling.Compliance;
using Kenbaarheid.Tooling.Templates.Checking;
using Kenbaarheid.Tooling.Templates.Review;
using Microsoft.Extensions.Time.Testing;

namespace Kenbaarheid.Browser.Tests;

/// <summary>
/// The sample notices, the template review report and the compliance report (with its SVG charts) in real headless
/// Chromium with axe-core: no violation of WCAG 2.1 AA (A and AA rules of 2.0 and 2.1), in Dutch and in English.
/// Each shipped theme renders every sample notice with every section visible and in order. Screenshots at A4 width
/// (794 CSS pixels) are kept in the test output folder, under screenshots/, for people to look at; with
/// <c>KENBAARHEID_UPDATE_SCREENSHOTS=1</c> the top of the Dutch compliance report of the samples and the top of sample
/// 02's notice in each theme are also written to <c>docs/</c>, the pictures in the README.
/// </summary>
public sealed class AccessibilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-browser-").FullName;

    private static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task SampleNotices_OpenInChromiumWithoutAxeViolations()
    {
        var files = await RenderSamplesAsync();

        var checks = await ChromiumPageChecker.CheckAsync(files, Screenshots);

        Assert.Equal(files.Count, checks.Count);
        Assert.All(checks, check => Assert.True(check.Violations.Count == 0, $"{check.File}: {string.Join("; ", check.Violations)}"));
        Assert.All(checks, AssertEverySectionVisibleInOrder);
        var a4 = checks.Single(c => c.File.EndsWith("HT-2027-000456/r1/notice.nl.html", StringComparison.Ordinal)).Screenshot!;
        Assert.Equal(794, PngWidth(a4));
    }

    /// <summary>
    /// Every sample notice in each shipped theme: the Rijkshuisstijl default and the municipal tokens the sample agency
    /// gm9999 names (Den Haag's). A theme changes colours, fonts and spacing only: axe (with its colour-contrast rule,
    /// WCAG AA) finds nothing, and every section is visible, with its heading, in the order of OUTPUT.md.
    /// </summary>
    [Theory]
    [InlineData(NoticeTheme.DefaultName)]
    [InlineData("denhaag")]
    public async Task SampleNotices_InEachShippedTheme_ShowEverySectionInOrderWithoutAxeViolations(string themeName)
    {
        var theme = themeName == NoticeTheme.DefaultName
            ? NoticeTheme.Rijkshuisstijl
            : await NoticeTheme.LoadAsync(Path.Combine(ToolProcess.RepositoryRoot(), "samples", "agencies", "themes", $"{themeName}.css"));
        var files = await RenderSamplesAsync(theme, themeName);

        var checks = await ChromiumPageChecker.CheckAsync(files, Path.Combine(Screenshots, themeName));

        Assert.Equal(files.Count, checks.Count);
        Assert.True(files.Count >= 6, $"The samples issue at least six notices; {files.Count} were written.");
        Assert.All(checks, check => Assert.True(check.Violations.Count == 0, $"{themeName}, {check.File}: {string.Join("; ", check.Violations)}"));
        Assert.All(checks, AssertEverySectionVisibleInOrder);
        Assert.All(files, file => Assert.Contains(theme.Tokens, File.ReadAllText(file), StringComparison.Ordinal));

        var readme = files.Single(f => f.EndsWith("HT-2027-000456/r1/notice.nl.html", StringComparison.Ordinal));
        var top = Assert.Single(await ChromiumPageChecker.CheckAsync([readme], Path.Combine(Screenshots, themeName, "top"), clipHeight: 1500)).Screenshot!;
        Assert.Equal(794, PngWidth(top));
        if (Environment.GetEnvironmentVariable("KENBAARHEID_UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(top, Path.Combine(ToolProcess.RepositoryRoot(), "docs", $"notice.{themeName}.png"), overwrite: true);
        }
    }

    /// <summary>
    /// Every page of every sample PDF drawn by pdf.js in Chromium, kept as PNG under pdf-pages/ in the test output: each
    /// page A4 at 1.5 × 72 dpi, with the title of the HTML, and pdf.js reads the page line at its foot. With
    /// <c>KENBAARHEID_UPDATE_SCREENSHOTS=1</c> page 3 of sample 02's Dutch PDF becomes the README's picture.
    /// </summary>
    [Fact]
    public async Task SamplePdfs_RenderInChromiumWithPdfJs_PageByPage()
    {
        var htmls = await RenderSamplesAsync();
        var pdfs = htmls.Select(html => Path.ChangeExtension(html, ".pdf")).ToList();

        var rendered = await PdfPageRenderer.RenderAsync(pdfs, Path.Combine(AppContext.BaseDirectory, "pdf-pages"));

        Assert.Equal(pdfs.Count, rendered.Count);
        foreach (var (pdf, html) in rendered.Zip(htmls))
        {
            var language = Path.GetFileName(pdf.File).Split('.')[1];
            var title = System.Text.RegularExpressions.Regex.Match(await File.ReadAllTextAsync(html), "<title>(.*?)</title>").Groups[1].Value;
            Assert.Equal(title, pdf.Title);
            Assert.InRange(pdf.Pages.Count, 1, 12);
            foreach (var (page, number) in pdf.Pages.Select((page, i) => (page, i + 1)))
            {
                Assert.True(File.Exists(page.Png));
                Assert.Equal((893, 1263), (page.Width, page.Height));
                Assert.Contains(language == "nl" ? $"pagina {number} van {pdf.Pages.Count}" : $"page {number} of {pdf.Pages.Count}", page.Text, StringComparison.Ordinal);
            }
        }

        // The README's picture of a PDF page: page 3 of sample 02's Dutch notice, the data table and the page line.
        if (Environment.GetEnvironmentVariable("KENBAARHEID_UPDATE_SCREENSHOTS") == "1")
        {
            var readme = rendered.Single(pdf => pdf.File.EndsWith("HT-2027-000456/r1/notice.nl.pdf", StringComparison.Ordinal));
            File.Copy(readme.Pages[2].Png, Path.Combine(ToolProcess.RepositoryRoot(), "docs", "images", "notice-pdf-page3.png"), overwrite: true);
        }
    }

    [Theory]
    [InlineData(ReportLanguage.Dutch)]
    [InlineData(ReportLanguage.English)]
    public async Task ReviewReport_OpensInChromiumWithoutAxeViolations(ReportLanguage language)
    {
        var report = await new TemplateChecker().CheckAsync(Path.Combine(ToolProcess.RepositoryRoot(), "templates"));
        var path = Path.Combine(_folder, $"review.{language}.html");
        await File.WriteAllTextAsync(path, ReviewReportWriter.Write(report, language));

        var check = Assert.Single(await ChromiumPageChecker.CheckAsync([path]));

        Assert.True(check.Violations.Count == 0, string.Join("; ", check.Violations));
    }

    [Fact]
    public async Task ComplianceReport_WithItsChartsOpensInChromiumWithoutAxeViolations()
    {
        var store = await ProcessAllSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store);
        var dutch = Path.Combine(_folder, "report", "compliance", "nl", "compliance-report.nl.html");
        var english = Path.Combine(_folder, "report", "compliance", "en", "compliance-report.en.html");
        Directory.CreateDirectory(Path.GetDirectoryName(dutch)!);
        Directory.CreateDirectory(Path.GetDirectoryName(english)!);
        await File.WriteAllTextAsync(dutch, ComplianceReportHtmlWriter.Write(report));
        await File.WriteAllTextAsync(english, ComplianceReportHtmlWriter.Write(report, ReportLanguage.English));

        var checks = await ChromiumPageChecker.CheckAsync([dutch, english], Screenshots, clipHeight: 2200);

        Assert.Equal(2, checks.Count);
        Assert.All(checks, check => Assert.True(check.Violations.Count == 0, $"{check.File}: {string.Join("; ", check.Violations)}"));
        Assert.Contains("<svg role=\"img\"", await File.ReadAllTextAsync(dutch), StringComparison.Ordinal);
        var picture = checks[0].Screenshot!;
        Assert.Equal(794, PngWidth(picture));
        if (Environment.GetEnvironmentVariable("KENBAARHEID_UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(picture, Path.Combine(ToolProcess.RepositoryRoot(), "docs", "compliance-report.nl.png"), overwrite: true);
        }
    }

    [Fact]
    public async Task AxeCheck_FindsAViolationInsideAnEmbeddedNotice()
    {
        var path = Path.Combine(_folder, "bad.html");
        await File.WriteAllTextAsync(path, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><iframe title=\"n\" srcdoc=\"&lt;p style=&quot;color:#ccc&quot;&gt;grey&lt;/p&gt;\"></iframe></main></body></html>");

        var check = Assert.Single(await ChromiumPageChecker.CheckAsync([path]));

        Assert.Contains(check.Violations, v => v.Id == "color-contrast" && v.Frame is not null);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// The sections Chromium laid out are the ones the notice marks, in the order of OUTPUT.md, each below the one
    /// before it, and each visible with its heading: a theme or stylesheet that hid or moved one fails here.
    /// </summary>
    private static void AssertEverySectionVisibleInOrder(PageCheck check)
    {
        var names = check.Sections.Select(s => s.Name).ToList();
        Assert.Equal(RenderedNoticeInspector.SectionOrder.Where(names.Contains), names);
        Assert.Superset(RenderedNoticeInspector.AlwaysPresent.ToHashSet(), names.ToHashSet());
        Assert.All(check.Sections, section => Assert.True(section.Visible && section.HeadingVisible, $"{check.File}: section '{section.Name}' is not visible."));
        Assert.All(check.Sections.Zip(check.Sections.Skip(1)), pair =>
            Assert.True(pair.Second.Top >= pair.First.Bottom - 0.5, $"{check.File}: section '{pair.Second.Name}' starts above the end of '{pair.First.Name}'."));
    }

    /// <summary>The issued sample notices; with <paramref name="theme"/>, every agency wears it instead of its own.</summary>
    private async Task<IReadOnlyList<string>> RenderSamplesAsync(NoticeTheme? theme = null, string folder = "out")
    {
        var output = Path.Combine(_folder, folder);
        var pipeline = await SamplePipelineAsync(output, theme);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ToolProcess.RepositoryRoot(), "samples", "events"), "0*.json"))
        {
            Assert.IsType<PipelineOutcome.Issued>(await pipeline.ProcessAsync(await File.ReadAllBytesAsync(file)));
        }

        return Directory.EnumerateFiles(output, "notice.*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The real pipeline with the samples' agencies, register and the shipped templates, writing to <paramref name="output"/>.</summary>
    private static async Task<NoticePipeline> SamplePipelineAsync(string output, NoticeTheme? theme = null)
    {
        var root = ToolProcess.RepositoryRoot();
        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(root, "samples", "agencies"));
        if (theme is not null)
        {
            agencies = new AgencyDirectory(agencies.All, agencies.All.ToDictionary(a => a.Id, _ => theme));
        }

        return new NoticePipelineBuilder()
            .WithAgencies(agencies)
            .WithRegistry(await RegistrySnapshotLoader.LoadAsync(Path.Combine(root, "samples", "registry")))
            .WithTemplates(await TemplateSetLoader.LoadAsync(Path.Combine(root, "templates")))
            .WithStore(new FileSystemNoticeStore(output))
            .WithTimeProvider(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)))
            .Build();
    }

    /// <summary>Every sample event, the rejected ones too, through the real pipeline into a store folder.</summary>
    private async Task<string> ProcessAllSamplesAsync()
    {
        var output = Path.Combine(_folder, "store");
        var pipeline = await SamplePipelineAsync(output);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ToolProcess.RepositoryRoot(), "samples", "events"), "*.json").Order(StringComparer.Ordinal))
        {
            await pipeline.ProcessAsync(await File.ReadAllBytesAsync(file));
        }

        return output;
    }

    /// <summary>The width in a PNG's IHDR chunk: big-endian, 16 bytes in.</summary>
    private static int PngWidth(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
    }
}
