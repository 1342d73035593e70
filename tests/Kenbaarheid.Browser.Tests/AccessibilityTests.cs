using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Kenbaarheid.Rendering.Checking;
using Kenbaarheid.Rendering.Review;
using Kenbaarheid.Reporting;
using Kenbaarheid.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Kenbaarheid.Browser.Tests;

/// <summary>
/// The sample notices, the template review report and the compliance report (with its SVG charts) in real headless
/// Chromium with axe-core: no violation of WCAG 2.1 AA (A and AA rules of 2.0 and 2.1), in Dutch and in English.
/// Screenshots at A4 width (794 CSS pixels) are kept in the test output folder, under screenshots/, for people to look
/// at; with <c>KENBAARHEID_UPDATE_SCREENSHOTS=1</c> the top of the Dutch compliance report of the samples is also
/// written to <c>docs/compliance-report.nl.png</c>, the picture in the README.
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
        var a4 = checks.Single(c => c.File.EndsWith("HT-2027-000456/r1/notice.nl.html", StringComparison.Ordinal)).Screenshot!;
        Assert.Equal(794, PngWidth(a4));
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

    private async Task<IReadOnlyList<string>> RenderSamplesAsync()
    {
        var output = Path.Combine(_folder, "out");
        var pipeline = await SamplePipelineAsync(output);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ToolProcess.RepositoryRoot(), "samples", "events"), "0*.json"))
        {
            Assert.IsType<PipelineOutcome.Issued>(await pipeline.ProcessAsync(await File.ReadAllBytesAsync(file)));
        }

        return Directory.EnumerateFiles(output, "notice.*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The real pipeline with the samples' agencies, register and the shipped templates, writing to <paramref name="output"/>.</summary>
    private static async Task<NoticePipeline> SamplePipelineAsync(string output)
    {
        var root = ToolProcess.RepositoryRoot();
        return new NoticePipelineBuilder()
            .WithAgencies(await AgencyProfileLoader.LoadAsync(Path.Combine(root, "samples", "agencies")))
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
