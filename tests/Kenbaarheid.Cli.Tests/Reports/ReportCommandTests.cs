using System.Text.Json.Nodes;

namespace Kenbaarheid.Cli.Tests.Reports;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-cli-report-").FullName;

    [Fact]
    public async Task Compliance_WritesHtmlAndJsonThatListTheSampleFlagsWithTheFieldsToFillIn()
    {
        var store = Path.Combine(_folder, "out");
        await CliRun.StartAsync("process", "samples/events", "--out", store);

        var html = await CliRun.StartAsync("report", "compliance", "--store", store, "--out", Path.Combine(_folder, "report.html"));
        var json = await CliRun.StartAsync("report", "compliance", "--store", store, "--registry", "samples/registry", "--out", Path.Combine(_folder, "report.json"));

        Assert.Equal(0, html.ExitCode);
        Assert.Equal(0, json.ExitCode);
        var page = await File.ReadAllTextAsync(Path.Combine(_folder, "report.html"));
        Assert.Contains("<html lang=\"nl\">", page, StringComparison.Ordinal);
        foreach (var code in new[] { "REGISTER_ENTRY_INCOMPLETE", "REGISTER_STATUS_NOT_IN_USE", "CLASSIFICATION_MISMATCH", "RISK_CLASSIFICATION_APPLIED", "PROFILING", "PROXY_DATA", "AI_GENERATED_TEXT" })
        {
            Assert.Contains($"<code>{code}</code>", page, StringComparison.Ordinal);
        }

        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(page, "<svg role=\"img\""));
        Assert.Contains("Periode: alle besluiten in de opslag.", page, StringComparison.Ordinal);
        Assert.Contains("gegevens uit het register van 30 september 2025", page, StringComparison.Ordinal);

        var report = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "report.json")))!;
        var fields = report["agencies"]!.AsArray().SelectMany(a => a!["algorithms"]!.AsArray()).SelectMany(a => a!["gaps"]!.AsArray()).Select(g => (string)g!["field"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "goal", "human_intervention", "source_data", "status", "publication_category" }, fields);
    }

    [Fact]
    public async Task Compliance_WritesEnglishWithLangEn()
    {
        var store = Path.Combine(_folder, "out");
        await CliRun.StartAsync("process", "samples/events", "--out", store);

        var run = await CliRun.StartAsync("report", "compliance", "--store", store, "--lang", "en", "--out", Path.Combine(_folder, "report.html"));

        Assert.True(run.ExitCode == 0, run.Error);
        var page = await File.ReadAllTextAsync(Path.Combine(_folder, "report.html"));
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>Algorithm register: what to fix</title>", page, StringComparison.Ordinal);
        Assert.Contains("Reference looks like a BSN", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-20", "2026-11-20", 1, 0)]
    [InlineData("2026-11-19", "2026-11-21", 4, 0)]
    [InlineData("2026-11-22", null, 2, 2)]
    [InlineData(null, "2026-11-19", 1, 0)]
    [InlineData(null, "2026-11-18", 0, 0)]
    public async Task Compliance_CountsOnlyTheDecisionsDatedInSinceUntilInclusive(string? since, string? until, int notices, int rejections)
    {
        var store = Path.Combine(_folder, "out");
        await CliRun.StartAsync("process", "samples/events", "--out", store);
        var arguments = new List<string> { "report", "compliance", "--store", store, "--out", Path.Combine(_folder, "report.json") };
        arguments.AddRange(since is null ? [] : ["--since", since]);
        arguments.AddRange(until is null ? [] : ["--until", until]);

        var run = await CliRun.StartAsync([.. arguments]);

        Assert.True(run.ExitCode == 0, run.Error);
        var report = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "report.json")))!;
        var agencies = report["agencies"]!.AsArray();
        Assert.Equal(notices, agencies.Sum(a => (int)a!["noticesIssued"]!));
        Assert.Equal(rejections, agencies.Sum(a => (int)a!["eventsRejected"]!));
        Assert.Equal(since, (string?)report["period"]!["since"]);
        Assert.Equal(until, (string?)report["period"]!["until"]);
    }

    [Theory]
    [InlineData("--since", "20-11-2026", "yyyy-MM-dd")]
    [InlineData("--lang", "de", "nl or en")]
    public async Task Compliance_RefusesABadDateOrLanguage(string option, string value, string hint)
    {
        var run = await CliRun.StartAsync("report", "compliance", "--store", "samples", option, value, "--out", Path.Combine(_folder, "report.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(hint, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_RefusesAPeriodThatEndsBeforeItStarts()
    {
        var run = await CliRun.StartAsync("report", "compliance", "--store", "samples", "--since", "2026-11-30", "--until", "2026-11-01", "--out", Path.Combine(_folder, "report.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is after --until", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_RefusesAnOutputThatIsNeitherHtmlNorJson()
    {
        var run = await CliRun.StartAsync("report", "compliance", "--store", "samples", "--out", Path.Combine(_folder, "report.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".html or .json", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
