using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Cli.Tests.Validate;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-validate-").FullName;

    [Fact]
    public async Task Validate_OnTheSamples_PrintsSixValidAndTheReasonsOfBothRejectionsAndExitsThree()
    {
        var run = await CliRun.StartAsync("validate", "samples/events");

        Assert.Equal(3, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Count(l => l.StartsWith("valid ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("invalid ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("RECIPIENT_REF_IS_BSN  /data/recipient/ref", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ALGORITHM_LARS_CHECK_DIGIT  /data/algorithms/0/lars", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("DATA_SOURCE_MISSING  /data/data/0/source", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("STRICT_LEGAL_BASIS_MISSING  /data/decision/legalBasis", StringComparison.Ordinal));
        Assert.StartsWith("checked against: the event contract; agency profiles from samples/agencies; the register from samples/registry", lines[0], StringComparison.Ordinal);
        Assert.Equal("8 event(s): 6 valid, 2 invalid.", lines[^1]);
        Assert.DoesNotContain("111222333", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_GivesTheProblemsOfTheRejectionRecordTheProcessCommandWrites()
    {
        var output = Path.Combine(_folder, "out");
        Assert.Equal(0, (await CliRun.StartAsync("process", "samples/events/90-rejected-bsn-bad-lars-missing-source.json", "--out", output)).ExitCode);
        using var record = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "rejections/gm9999/evt-2026-11-22-000090.json")));

        var run = await CliRun.StartAsync("validate", "samples/events/90-rejected-bsn-bad-lars-missing-source.json", "--format", "json");

        Assert.Equal(3, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(Problems(record.RootElement.GetProperty("reasons")), Problems(report.RootElement.GetProperty("events")[0].GetProperty("problems")));
        Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("invalid").GetInt32());
    }

    [Fact]
    public async Task Validate_OutsideTheRepository_ChecksTheContractAloneAndSaysWhichChecksItSkipped()
    {
        var events = Path.Combine(_folder, "events.jsonl");
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(CliRun.RepositoryRoot, "samples/events/91-rejected-fr-strict-incomplete.json")))!;
        sample["data"]!["agency"]!["id"] = "gm0344";
        await File.WriteAllTextAsync(events, sample.ToJsonString() + "\n");

        var run = await CliRun.StartInAsync(_folder, "validate", events);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("checked against: the event contract\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("skipped: agency checks (AGENCY_UNKNOWN and the fr-strict rules STRICT_*): no agency profiles; pass --agencies <folder>", run.Output, StringComparison.Ordinal);
        Assert.Contains("skipped: register checks", run.Output, StringComparison.Ordinal);
        Assert.Contains($"valid    evt-2026-11-22-000091  {events}:1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithProfilesThatLackTheAgency_ReportsAgencyUnknown()
    {
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(CliRun.RepositoryRoot, "samples/events/01-huurtoeslag-automated.json")))!;
        sample["data"]!["agency"]!["id"] = "gm0344";
        var file = Path.Combine(_folder, "event.json");
        await File.WriteAllTextAsync(file, sample.ToJsonString());

        var run = await CliRun.StartAsync("validate", file, "--agencies", "samples/agencies");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("AGENCY_UNKNOWN  /data/agency/id", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samples/no-such-folder")]
    [InlineData("samples/events", "--agencies", "no-such-profiles")]
    public async Task Validate_ReportsAPathThatDoesNotExistAsAUsageError(params string[] arguments)
    {
        var run = await CliRun.StartAsync(["validate", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Not found:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RefusesARegisterWithoutProfiles()
    {
        var run = await CliRun.StartInAsync(_folder, "validate", Path.Combine(CliRun.RepositoryRoot, "samples/events"), "--registry", Path.Combine(CliRun.RepositoryRoot, "samples/registry"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--registry needs --agencies", run.Error, StringComparison.Ordinal);
    }

    private static List<(string?, string?, string?)> Problems(JsonElement list) =>
        list.EnumerateArray().Select(p => (p.GetProperty("code").GetString(), p.GetProperty("path").GetString(), p.GetProperty("message").GetString())).ToList();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
