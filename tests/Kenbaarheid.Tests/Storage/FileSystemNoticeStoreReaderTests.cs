using Kenbaarheid.Storage;

namespace Kenbaarheid.Tests.Storage;

public sealed class FileSystemNoticeStoreReaderTests
{
    [Fact]
    public async Task Lists_NoticeFoldersWithAndWithoutManifestAndRejectionsBesideTheirEvents()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        File.Delete(Path.Combine(store.Folder, "notices/zb999902/SF-2026-778899/r1/manifest.json"));
        // A temporary file of a write in progress is not part of the store.
        await File.WriteAllTextAsync(Path.Combine(store.Folder, "rejections/gm9999/.x.json.tmp"), "{}");
        var reader = new FileSystemNoticeStoreReader(store.Folder);

        var folders = await reader.ListNoticeFoldersAsync(CancellationToken.None).ToListAsync();
        var rejections = await reader.ListRejectionsAsync(CancellationToken.None).ToListAsync();

        Assert.Equal(6, folders.Count);
        Assert.Equal(folders.Select(f => f.Folder).Order(StringComparer.Ordinal), folders.Select(f => f.Folder));
        Assert.False(folders.Single(f => f.DecisionId == "SF-2026-778899").HasManifest);
        Assert.Equal(("gm9999", "WOZ-2027-553311", 2), folders.Where(f => f.DecisionId.StartsWith("WOZ", StringComparison.Ordinal)).Select(f => (f.AgencyId, f.DecisionId, f.Revision)).Single());
        Assert.Equal(2, rejections.Count);
        Assert.All(rejections, r => Assert.Equal(r.RecordPath[..^".json".Length] + ".event.json", r.EventPath));
        Assert.NotNull(await reader.ReadAsync(folders[0].ManifestPath, CancellationToken.None));
        Assert.NotNull(await reader.ReadAsync(folders[0].ExplanationPath, CancellationToken.None));
        Assert.Null(await reader.ReadAsync("notices/nobody/none/r1/manifest.json", CancellationToken.None));
    }

    [Fact]
    public async Task Read_RefusesAPathOutsideTheStore()
    {
        using var store = new SampleStore();
        var reader = new FileSystemNoticeStoreReader(store.Folder);

        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.ReadAsync("../outside.json", CancellationToken.None));
    }
}
