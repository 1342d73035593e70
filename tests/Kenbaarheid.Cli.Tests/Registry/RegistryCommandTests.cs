using System.Text.Json.Nodes;
using Kenbaarheid.Tests.Registry;

namespace Kenbaarheid.Cli.Tests.Registry;

public sealed class RegistryCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-cli-registry-").FullName;
    private readonly RegisterFixtureServer _server = new();

    [Fact]
    public async Task Sync_WritesASnapshotThatProcessUsesAndNamesInTheManifest()
    {
        var registry = Path.Combine(_folder, "registry");

        var sync = await CliRun.StartAsync("registry", "sync", "--api", _server.BaseAddress.ToString(), "--org", "zb999901", "--org", "zb999902", "gm9999", "--out", registry);
        var run = await CliRun.StartAsync("process", "samples/events", "--registry", registry, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(0, sync.ExitCode);
        Assert.Contains("zb999901  2 entries  Dienst Uitvoering Toeslagen", sync.Output, StringComparison.Ordinal);
        var pointer = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(registry, "current.json")))!;
        var snapshotId = (string)pointer["snapshotId"]!;
        Assert.Contains($"Snapshot {snapshotId}: 6 entries", sync.Output, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("6 issued", run.Output, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "out/notices/zb999901/HT-2027-000123/r1/manifest.json")))!;
        Assert.Equal(snapshotId, (string?)manifest["registerSnapshotId"]);
    }

    [Fact]
    public async Task Sync_ExitsOneAndKeepsTheCurrentSnapshotWhenTheRegisterIsDown()
    {
        var registry = Path.Combine(_folder, "registry");
        await CliRun.StartAsync("registry", "sync", "--api", _server.BaseAddress.ToString(), "--org", "zb999901", "--out", registry);
        var before = await File.ReadAllTextAsync(Path.Combine(registry, "current.json"));
        _server.Stop();

        var run = await CliRun.StartAsync("registry", "sync", "--api", _server.BaseAddress.ToString(), "--org", "zb999901", "--out", registry);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Sync failed; the current snapshot (if any) stays in use.", run.Error, StringComparison.Ordinal);
        Assert.Contains(_server.BaseAddress.ToString(), run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(registry, "current.json")));
    }

    [Fact]
    public async Task Sync_ReportsAWrongOrgIdAsAUsageError()
    {
        var run = await CliRun.StartAsync("registry", "sync", "--api", _server.BaseAddress.ToString(), "--org", "gemeente", "--out", Path.Combine(_folder, "registry"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("gemeente", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
