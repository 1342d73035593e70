using System.Text.Json;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Tests.Events;
using Microsoft.Extensions.Logging;
using Fault = Kenbaarheid.Tests.Registry.RegisterFixtureServer.Fault;

namespace Kenbaarheid.Tests.Registry;

public sealed class RegistrySynchronizerTests : IDisposable
{
    private readonly RegistrySyncFixture _fixture = new();

    [Fact]
    public async Task Sync_WritesASnapshotThatThePipelineUsesAndNamesInEveryManifest()
    {
        var result = await _fixture.SyncAsync();
        var source = await _fixture.SourceAsync();
        var pipeline = _fixture.Pipeline(source, Path.Combine(_fixture.Folder, "out"));

        var issued = Assert.IsType<PipelineOutcome.Issued>(await pipeline.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated)));

        Assert.Equal(6, result.EntryCount);
        Assert.Equal(result.SnapshotId, issued.Manifest.RegisterSnapshotId);
        var snapshot = JsonSerializer.Deserialize<RegistrySnapshotManifest>(
            File.ReadAllBytes(Path.Combine(_fixture.RegistryFolder, "snapshots", result.SnapshotId, "snapshot.json")), RegistrySnapshotLayout.MetadataOptions)!;
        var used = Assert.Single(issued.Manifest.Registry);
        Assert.Equal(snapshot.Entries.Single(e => e.Lars == used.Lars).Sha256, used.EntrySha256);
        Assert.Equal(["gm9999", "zb999901", "zb999902"], snapshot.Organisations.Select(o => o.OrgId).Order());
    }

    [Fact]
    public async Task Sync_KeepsEachEntryExactlyAsTheRegisterSentIt()
    {
        var result = await _fixture.SyncAsync();

        var synced = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_fixture.RegistryFolder, "snapshots", result.SnapshotId, "72429714.json"))).RootElement;
        var sample = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "registry", "72429714.json"))).RootElement;
        Assert.True(JsonElement.DeepEquals(sample, synced));
    }

    [Fact]
    public async Task Sync_MovesTheCurrentPointerOnlyAfterTheSnapshotIsComplete()
    {
        var first = await _fixture.SyncAsync();
        _fixture.Time.Advance(TimeSpan.FromHours(24));
        _fixture.Server.FailNext("/api/algoritme/NLD", Enumerable.Repeat(Fault.WithStatus(500), 10).ToArray());

        await Assert.ThrowsAsync<RegisterRequestException>(_fixture.SyncAsync);

        var pointer = JsonSerializer.Deserialize<RegistrySnapshotPointer>(File.ReadAllBytes(Path.Combine(_fixture.RegistryFolder, "current.json")), RegistrySnapshotLayout.MetadataOptions)!;
        Assert.Equal(first.SnapshotId, pointer.SnapshotId);
        Assert.Single(Directory.GetDirectories(Path.Combine(_fixture.RegistryFolder, "snapshots")));
        var status = JsonSerializer.Deserialize<RegistrySyncStatus>(File.ReadAllBytes(Path.Combine(_fixture.RegistryFolder, "last-sync.json")), RegistrySnapshotLayout.MetadataOptions)!;
        Assert.False(status.Succeeded);
        Assert.Contains("500", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_TwiceInOneSecondWithTheSameAnswers_WritesTwoSnapshotsAndTheLaterIsCurrent()
    {
        var first = await _fixture.SyncAsync();
        _fixture.Time.Advance(TimeSpan.FromMilliseconds(300));

        var second = await _fixture.SyncAsync();

        Assert.Equal(first.SnapshotId[..16], second.SnapshotId[..16]);
        Assert.NotEqual(first.SnapshotId, second.SnapshotId);
        var pointer = JsonSerializer.Deserialize<RegistrySnapshotPointer>(File.ReadAllBytes(Path.Combine(_fixture.RegistryFolder, "current.json")), RegistrySnapshotLayout.MetadataOptions)!;
        Assert.Equal(second.SnapshotId, pointer.SnapshotId);
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(_fixture.RegistryFolder, "snapshots")).Length);
    }

    [Fact]
    public async Task Sync_RefusesAnOrganisationTheRegisterDoesNotKnow()
    {
        var exception = await Assert.ThrowsAsync<RegisterRequestException>(() => _fixture.Synchronizer.SyncAsync(["gm0001"]));

        Assert.Contains("gm0001", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_fixture.RegistryFolder, "current.json")));
    }

    [Fact]
    public async Task Sync_RefusesSomethingThatIsNotAnOrgId()
    {
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => _fixture.Synchronizer.SyncAsync(["../etc"]));

        Assert.Contains("../etc", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_PicksUpANewSnapshotWithoutARestart()
    {
        var first = await _fixture.SyncAsync();
        var source = await _fixture.SourceAsync();
        var pipeline = _fixture.Pipeline(source, Path.Combine(_fixture.Folder, "out"));
        _fixture.Server.Edit("72429714", "goal", "<p>Controleren of een student echt uitwonend is.</p>");
        _fixture.Time.Advance(TimeSpan.FromHours(24));
        var second = await _fixture.SyncAsync();

        Assert.True(await source.RefreshAsync());
        var issued = Assert.IsType<PipelineOutcome.Issued>(await pipeline.ProcessAsync(SampleEvents.Bytes(SampleEvents.Prepared)));

        Assert.NotEqual(first.SnapshotId, second.SnapshotId);
        Assert.Equal(second.SnapshotId, issued.Manifest.RegisterSnapshotId);
        Assert.True(_fixture.SourceLog.Has(LogLevel.Information, $"Now serving register snapshot {second.SnapshotId}"));
    }

    [Fact]
    public async Task Current_LooksForANewSnapshotInTheBackgroundOnceTheIntervalHasPassed()
    {
        await _fixture.SyncAsync();
        var source = await _fixture.SourceAsync(TimeSpan.FromSeconds(30));
        _fixture.Server.Edit("72429714", "goal", "<p>Controleren of een student echt uitwonend is.</p>");
        _fixture.Time.Advance(TimeSpan.FromMinutes(10));
        var second = await _fixture.SyncAsync();

        _ = source.Current;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (source.Current.Id != second.SnapshotId && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(second.SnapshotId, source.Current.Id);
    }

    [Fact]
    public async Task Pipeline_KeepsTheLastSnapshotWhenTheRegisterIsDownAndSaysSoInItsLogs()
    {
        var first = await _fixture.SyncAsync();
        var source = await _fixture.SourceAsync();
        var pipeline = _fixture.Pipeline(source, Path.Combine(_fixture.Folder, "out"));
        _fixture.Server.Stop();
        _fixture.Time.Advance(TimeSpan.FromHours(24));

        await Assert.ThrowsAsync<RegisterRequestException>(_fixture.SyncAsync);
        Assert.False(await source.RefreshAsync());
        var issued = Assert.IsType<PipelineOutcome.Issued>(await pipeline.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated)));

        Assert.Equal(first.SnapshotId, issued.Manifest.RegisterSnapshotId);
        Assert.True(issued.Manifest.Registry.Single().Found);
        Assert.True(_fixture.SyncLog.Has(LogLevel.Error, "Register sync failed; the current snapshot stays as it was"));
        Assert.True(_fixture.SourceLog.Has(LogLevel.Warning, $"still serving the last good snapshot {first.SnapshotId}"));
        Assert.True(_fixture.SourceLog.Has(LogLevel.Warning, "could not be reached"));
    }

    [Fact]
    public async Task Source_KeepsTheLastGoodSnapshotWhenTheNewOneWasChangedAfterTheSync()
    {
        var first = await _fixture.SyncAsync();
        var source = await _fixture.SourceAsync();
        _fixture.Server.Edit("72429714", "goal", "<p>Controleren of een student echt uitwonend is.</p>");
        _fixture.Time.Advance(TimeSpan.FromHours(1));
        var second = await _fixture.SyncAsync();
        await File.WriteAllTextAsync(Path.Combine(_fixture.RegistryFolder, "snapshots", second.SnapshotId, "72429714.json"), "{\"lars\":\"72429714\",\"name\":\"Verzonnen\"}");

        Assert.False(await source.RefreshAsync());

        Assert.Equal(first.SnapshotId, source.Current.Id);
        Assert.True(_fixture.SourceLog.Has(LogLevel.Warning, "does not match the sha256"));
    }

    [Fact]
    public async Task Source_KeepsTheLastGoodSnapshotWhenThePointerIsBroken()
    {
        var first = await _fixture.SyncAsync();
        var source = await _fixture.SourceAsync();
        await File.WriteAllTextAsync(Path.Combine(_fixture.RegistryFolder, "current.json"), "{ half a pointer");

        Assert.False(await source.RefreshAsync());

        Assert.Equal(first.SnapshotId, source.Current.Id);
        Assert.True(_fixture.SourceLog.Has(LogLevel.Warning, "current.json' cannot be read"));
    }

    [Fact]
    public async Task Source_WarnsWhenTheSnapshotItServesIsStale()
    {
        await _fixture.SyncAsync();
        var source = await _fixture.SourceAsync();
        _fixture.Time.Advance(TimeSpan.FromDays(3));

        await source.RefreshAsync();

        Assert.True(_fixture.SourceLog.Has(LogLevel.Warning, "no newer snapshot has been written"));
    }

    [Fact]
    public async Task Loader_FollowsTheCurrentPointerOfASyncFolder()
    {
        var result = await _fixture.SyncAsync();

        var snapshot = await RegistrySnapshotLoader.LoadAsync(_fixture.RegistryFolder);

        Assert.Equal(result.SnapshotId, snapshot.Id);
        Assert.Equal(6, snapshot.Count);
        Assert.Equal(new DateOnly(2026, 11, 25), snapshot.TakenOn);
        Assert.Equal("Dienst Studiefinanciering", snapshot.OrganisationNames["zb999902"]);
    }

    [Fact]
    public async Task Source_CannotStartWithoutASnapshot()
    {
        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => _fixture.SourceAsync());

        Assert.Contains("no register sync has completed", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();
}
