using System.Text.Json.Nodes;

namespace Kenbaarheid.Cli.Tests.Process;

public sealed class ProcessCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-cli-").FullName;

    [Fact]
    public async Task Process_IssuesTheValidSamplesRejectsTheOthersAndExitsZero()
    {
        var output = Path.Combine(_folder, "out");

        var run = await CliRun.StartAsync("process", "samples/events", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Count(l => l.StartsWith("issued ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("rejected ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("RECIPIENT_REF_IS_BSN  /data/recipient/ref", StringComparison.Ordinal));
        Assert.StartsWith("8 event(s): 6 issued, 2 rejected.", lines[^1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "notices/zb999901/HT-2027-000123/r1/manifest.json")));
        Assert.True(File.Exists(Path.Combine(output, "rejections/zb999901/evt-2026-11-22-000091.json")));
        Assert.DoesNotContain("111222333", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_TurnsABadLineOfABatchIntoARejectionAndGoesOn()
    {
        var batch = Path.Combine(_folder, "batch.jsonl");
        var first = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(CliRun.RepositoryRoot, "samples/events/01-huurtoeslag-automated.json")))!.ToJsonString();
        var second = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(CliRun.RepositoryRoot, "samples/events/04-parkeervergunning-automated.json")))!.ToJsonString();
        await File.WriteAllTextAsync(batch, $"{first}\n{{\"id\": \"half an event\"\n\n{second}\n");

        var run = await CliRun.StartAsync("process", batch, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{batch}:2", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 event(s): 2 issued, 1 rejected.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_ReportsAMissingInputAsAUsageError()
    {
        var run = await CliRun.StartAsync("process", "samples/no-such-folder", "--out", Path.Combine(_folder, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("input 'samples/no-such-folder'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_ReportsAnOutputThatCannotBeWrittenAsASystemFailure()
    {
        var notAFolder = Path.Combine(_folder, "file");
        await File.WriteAllTextAsync(notAFolder, "x");

        var run = await CliRun.StartAsync("process", "samples/events", "--out", Path.Combine(notAFolder, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Process_RerunsWithoutChangingTheOutput()
    {
        var output = Path.Combine(_folder, "out");
        await CliRun.StartAsync("process", "samples/events", "--out", output);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var run = await CliRun.StartAsync("process", "samples/events", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("6 issued (6 already issued before)", run.Output, StringComparison.Ordinal);
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
    }

    [Fact]
    public async Task Help_DocumentsEveryOptionOfProcess()
    {
        var run = await CliRun.StartAsync("process", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(["--registry", "--agencies", "--out", "--templates", ".jsonl"], option => Assert.Contains(option, run.Output, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
