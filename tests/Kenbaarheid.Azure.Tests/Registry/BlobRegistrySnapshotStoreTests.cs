using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Azure.Registry;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Registry;
using Kenbaarheid.Tests.Registry;

namespace Kenbaarheid.Azure.Tests.Registry;

[Collection(AzuriteGroup.Name)]
public sealed class BlobRegistrySnapshotStoreTests(AzuriteServer azurite) : IDisposable
{
    private readonly RegisterFixtureServer _register = new();
    private readonly BlobContainerClient _container = new BlobServiceClient(azurite.ConnectionString, new BlobClientOptions { Retry = { MaxRetries = 0 } })
        .GetBlobContainerClient($"registry-{Guid.NewGuid():N}");

    private BlobRegistrySnapshotStore Store => new(_container, "sync");

    private RegistrySynchronizer Synchronizer(BlobRegistrySnapshotStore store, HttpClient http) =>
        new(new AlgoritmeregisterClient(http, new AlgoritmeregisterClientOptions { BaseAddress = _register.BaseAddress, MaxRetries = 0, UseJitter = false }), store);

    private async Task<List<string>> BlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            names.Add(item.Name);
        }

        return names;
    }

    private static byte[] PointerBytes(string id, DateTimeOffset takenAt) =>
        JsonSerializer.SerializeToUtf8Bytes(new RegistrySnapshotPointer(id, takenAt, $"snapshots/{id}"), RegistrySnapshotLayout.MetadataOptions);

    [Fact]
    public async Task Sync_IntoBlobStorage_WritesASnapshotBelowThePrefixThatTheRefreshingSourceServes()
    {
        using var http = new HttpClient();

        var result = await Synchronizer(Store, http).SyncAsync(["zb999901", "zb999902", "gm9999"]);
        var source = await RefreshingRegistrySnapshotSource.CreateAsync(Store);

        Assert.Equal(result.SnapshotId, source.Current.Id);
        Assert.Equal(6, source.Current.Count);
        var names = await BlobNamesAsync();
        Assert.Contains("sync/current.json", names);
        Assert.Contains("sync/last-sync.json", names);
        Assert.Contains($"sync/snapshots/{result.SnapshotId}/snapshot.json", names);
        Assert.Equal(6, names.Count(name => name.StartsWith($"sync/snapshots/{result.SnapshotId}/", StringComparison.Ordinal) && name != $"sync/snapshots/{result.SnapshotId}/snapshot.json"));
        Assert.All(names, name => Assert.StartsWith("sync/", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_WithTheRegisterDown_LeavesThePointerAndRecordsTheFailure()
    {
        using var http = new HttpClient();
        var first = await Synchronizer(Store, http).SyncAsync(["zb999901"]);
        var pointer = await Store.ReadAsync(RegistrySnapshotLayout.CurrentPointer, CancellationToken.None);
        _register.Stop();

        await Assert.ThrowsAsync<RegisterRequestException>(() => Synchronizer(Store, http).SyncAsync(["zb999901"]));

        Assert.Equal(pointer, await Store.ReadAsync(RegistrySnapshotLayout.CurrentPointer, CancellationToken.None));
        var status = JsonSerializer.Deserialize<RegistrySyncStatus>((await Store.ReadAsync(RegistrySnapshotLayout.LastSync, CancellationToken.None))!, RegistrySnapshotLayout.MetadataOptions)!;
        Assert.False(status.Succeeded);
        Assert.Equal(first.SnapshotId, (await new RegistrySnapshotReader(Store).ReadCurrentAsync(CancellationToken.None)).Id);
    }

    [Fact]
    public async Task Pointer_NeverMovesBackToASnapshotTakenEarlier()
    {
        var newer = PointerBytes("20260202T030000Z-bbbbbbbb", new DateTimeOffset(2026, 2, 2, 3, 0, 0, TimeSpan.Zero));
        var older = PointerBytes("20260101T030000Z-aaaaaaaa", new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero));
        await Store.WriteAsync(RegistrySnapshotLayout.CurrentPointer, newer, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<IOException>(() => Store.WriteAsync(RegistrySnapshotLayout.CurrentPointer, older, CancellationToken.None));

        Assert.Contains("20260202T030000Z-bbbbbbbb", refused.Message, StringComparison.Ordinal);
        Assert.Equal(newer, await Store.ReadAsync(RegistrySnapshotLayout.CurrentPointer, CancellationToken.None));
    }

    [Fact]
    public async Task Pointer_MovesForwardOverAnExistingPointer()
    {
        var older = PointerBytes("20260101T030000Z-aaaaaaaa", new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero));
        var newer = PointerBytes("20260202T030000Z-bbbbbbbb", new DateTimeOffset(2026, 2, 2, 3, 0, 0, TimeSpan.Zero));
        await Store.WriteAsync(RegistrySnapshotLayout.CurrentPointer, older, CancellationToken.None);

        await Store.WriteAsync(RegistrySnapshotLayout.CurrentPointer, newer, CancellationToken.None);

        Assert.Equal(newer, await Store.ReadAsync(RegistrySnapshotLayout.CurrentPointer, CancellationToken.None));
    }

    [Fact]
    public async Task SnapshotFiles_AreCreateOnly_TheSameBytesAgainAreDoneOtherBytesAreRefused()
    {
        var path = "snapshots/20260101T030000Z-aaaaaaaa/63712924.json";
        await Store.WriteAsync(path, Encoding.UTF8.GetBytes("{\"lars\":\"63712924\"}"), CancellationToken.None);

        await Store.WriteAsync(path, Encoding.UTF8.GetBytes("{\"lars\":\"63712924\"}"), CancellationToken.None);
        await Assert.ThrowsAsync<IOException>(() => Store.WriteAsync(path, Encoding.UTF8.GetBytes("{\"lars\":\"63712924\",\"name\":\"changed\"}"), CancellationToken.None));

        Assert.Equal("{\"lars\":\"63712924\"}", Encoding.UTF8.GetString((await Store.ReadAsync(path, CancellationToken.None))!));
    }

    [Fact]
    public async Task DeleteFolder_ClearsOnlyThatSnapshot()
    {
        await Store.WriteAsync("snapshots/a/x.json", "{}"u8.ToArray(), CancellationToken.None);
        await Store.WriteAsync("snapshots/ab/x.json", "{}"u8.ToArray(), CancellationToken.None);

        await Store.DeleteFolderAsync("snapshots/a", CancellationToken.None);

        Assert.Equal(["sync/snapshots/ab/x.json"], await BlobNamesAsync());
    }

    [Fact]
    public async Task Read_OfAMissingFileOrContainerIsNull()
    {
        Assert.Null(await Store.ReadAsync(RegistrySnapshotLayout.CurrentPointer, CancellationToken.None));
    }

    public void Dispose()
    {
        _register.Dispose();
        _container.DeleteIfExists();
    }
}
