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
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        foreach (var code in new[] { "REGISTER_ENTRY_INCOMPLETE", "REGISTER_STATUS_NOT_IN_USE", "CLASSIFICATION_MISMATCH", "RISK_CLASSIFICATION_APPLIED", "PROFILING", "PROXY_DATA", "AI_GENERATED_TEXT" })
        {
            Assert.Contains($"<code>{code}</code>", page, StringComparison.Ordinal);
        }

        var report = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "report.json")))!;
        var fields = report["agencies"]!.AsArray().SelectMany(a => a!["algorithms"]!.AsArray()).SelectMany(a => a!["gaps"]!.AsArray()).Select(g => (string)g!["field"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "goal", "human_intervention", "source_data", "status", "publication_category" }, fields);
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
