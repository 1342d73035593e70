namespace Kenbaarheid.Cli.Tests.Reconcile;

public sealed class ReconcileCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-cli-reconcile-").FullName;

    private string Out => Path.Combine(_folder, "out");

    private async Task<string> ExpectedAsync(string text)
    {
        var file = Path.Combine(_folder, "expected.csv");
        await File.WriteAllTextAsync(file, text);
        return file;
    }

    [Fact]
    public async Task Reconcile_ExitsThreeAndListsTheMissingDecisionAndTheOpenRejectionsByIdOnly()
    {
        await CliRun.StartAsync("process", "samples/events", "--out", Out);
        var expected = await ExpectedAsync("# sent\nzb999901,HT-2027-000123,1\ngm9999,HT-2027-000999\n\ngm9999,PV-2026-9999,1\n");

        var run = await CliRun.StartAsync("reconcile", "--expected", expected, "--store", Out);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("expected    3 decision(s): 1 issued, 1 rejected without a notice since, 0 unfinished, 1 missing", run.Output, StringComparison.Ordinal);
        Assert.Contains("store       6 notice(s), 2 rejection record(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("missing     gm9999,PV-2026-9999,r1  (line 5)", run.Output, StringComparison.Ordinal);
        Assert.Contains("open        gm9999,HT-2027-000999  event evt-2026-11-22-000090", run.Output, StringComparison.Ordinal);
        Assert.Contains("open        zb999901,HT-2027-001000", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 missing, 0 unfinished, 2 open rejection(s): decisions lack their notice.", run.Output, StringComparison.Ordinal);
        // The rejected sample's recipient reference (a BSN) and free text must not be echoed.
        var sample = await File.ReadAllTextAsync(Path.Combine(CliRun.RepositoryRoot, "samples/events/90-rejected-bsn-bad-lars-missing-source.json"));
        var recipient = System.Text.Json.Nodes.JsonNode.Parse(sample)!["data"]!["recipient"]!["ref"]!.GetValue<string>();
        Assert.DoesNotContain(recipient, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ExitsZeroWhenEveryDecisionHasItsNotice()
    {
        await CliRun.StartAsync("process", "samples/events/01-huurtoeslag-automated.json", "samples/events/05-woz-supported.json", "--out", Out);
        var expected = await ExpectedAsync("zb999901,HT-2027-000123,1\ngm9999,WOZ-2027-553311\n");

        var run = await CliRun.StartAsync("reconcile", "--expected", expected, "--store", Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 missing, 0 unfinished, 0 open rejection(s): every decision has its notice.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ListsAFolderWithoutManifestAsUnfinished()
    {
        await CliRun.StartAsync("process", "samples/events/04-parkeervergunning-automated.json", "--out", Out);
        File.Delete(Path.Combine(Out, "notices/gm9999/PV-2026-1201/r1/manifest.json"));

        var run = await CliRun.StartAsync("reconcile", "--expected", await ExpectedAsync("gm9999,PV-2026-1201,1\n"), "--store", Out);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("unfinished  notices/gm9999/PV-2026-1201/r1  no manifest.json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ReportsAMalformedLineAsAUsageErrorNamingTheLine()
    {
        Directory.CreateDirectory(Out);

        var run = await CliRun.StartAsync("reconcile", "--expected", await ExpectedAsync("gm9999,PV-2026-1201,1\n\nnot a line 123456782\n"), "--store", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 3: expected 'agencyId,decisionId[,revision]'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ReportsAStoreThatIsNeitherFolderNorAccountAsAUsageError()
    {
        var run = await CliRun.StartAsync("reconcile", "--expected", await ExpectedAsync("gm9999,PV-2026-1201\n"), "--store", Path.Combine(_folder, "nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is neither a folder nor a storage connection string or account URL", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
