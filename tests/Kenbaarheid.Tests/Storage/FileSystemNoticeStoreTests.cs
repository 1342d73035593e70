using System.Text;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Tests.Storage;

public sealed class FileSystemNoticeStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kenbaarheid-store-").FullName;

    [Fact]
    public async Task WriteNoticeAsync_WritesTheDocumentsAndTheManifestLast()
    {
        var store = new FileSystemNoticeStore(_root);

        var result = await store.WriteNoticeAsync(Set("a", "b", "manifest"), CancellationToken.None);

        Assert.Equal(NoticeWriteResult.Written, result);
        Assert.Equal("manifest", Encoding.UTF8.GetString((await store.ReadManifestAsync("notices/x/d/r1", CancellationToken.None))!.Value.Span));
        var manifestTime = File.GetLastWriteTimeUtc(Path.Combine(_root, "notices/x/d/r1/manifest.json"));
        Assert.All(new[] { "one.txt", "two.txt" }, name => Assert.True(File.GetLastWriteTimeUtc(Path.Combine(_root, "notices/x/d/r1", name)) <= manifestTime));
    }

    [Fact]
    public async Task WriteNoticeAsync_CompletesAnUnfinishedSetWithoutRewritingWhatIsThere()
    {
        var store = new FileSystemNoticeStore(_root);
        Directory.CreateDirectory(Path.Combine(_root, "notices/x/d/r1"));
        var first = Path.Combine(_root, "notices/x/d/r1/one.txt");
        await File.WriteAllTextAsync(first, "a");
        var firstWritten = File.GetLastWriteTimeUtc(first);

        var result = await store.WriteNoticeAsync(Set("a", "b", "manifest"), CancellationToken.None);

        Assert.Equal(NoticeWriteResult.Written, result);
        Assert.Equal(firstWritten, File.GetLastWriteTimeUtc(first));
        Assert.True(File.Exists(Path.Combine(_root, "notices/x/d/r1/manifest.json")));
    }

    [Fact]
    public async Task WriteNoticeAsync_ReportsAConflictAndOverwritesNothingWhenADifferentSetIsThere()
    {
        var store = new FileSystemNoticeStore(_root);
        await store.WriteNoticeAsync(Set("a", "b", "manifest"), CancellationToken.None);

        var result = await store.WriteNoticeAsync(Set("a", "changed", "manifest 2"), CancellationToken.None);

        Assert.Equal(NoticeWriteResult.Conflict, result);
        Assert.Equal("b", await File.ReadAllTextAsync(Path.Combine(_root, "notices/x/d/r1/two.txt")));
        Assert.Equal("manifest", await File.ReadAllTextAsync(Path.Combine(_root, "notices/x/d/r1/manifest.json")));
    }

    [Fact]
    public async Task ReadManifestAsync_ReturnsNullForAFolderWithoutManifest()
    {
        Directory.CreateDirectory(Path.Combine(_root, "notices/x/d/r1"));
        await File.WriteAllTextAsync(Path.Combine(_root, "notices/x/d/r1/one.txt"), "a");

        Assert.Null(await new FileSystemNoticeStore(_root).ReadManifestAsync("notices/x/d/r1", CancellationToken.None));
    }

    [Fact]
    public async Task WriteRejectionAsync_KeepsTheFirstRecordWhenTheSameEventIsRejectedAgain()
    {
        var store = new FileSystemNoticeStore(_root);
        await store.WriteRejectionAsync(Rejection("evt", "sha1", "record 1", "event"), CancellationToken.None);

        var path = await store.WriteRejectionAsync(Rejection("evt", "sha1", "record 2", "event"), CancellationToken.None);

        Assert.Equal("rejections/x/evt.json", path);
        Assert.Equal("record 1", await File.ReadAllTextAsync(Path.Combine(_root, path)));
    }

    [Fact]
    public async Task WriteRejectionAsync_KeepsBothWhenADifferentEventHasTheSameId()
    {
        var store = new FileSystemNoticeStore(_root);
        await store.WriteRejectionAsync(Rejection("evt", "1111111111111111", "record 1", "event 1"), CancellationToken.None);

        var path = await store.WriteRejectionAsync(Rejection("evt", "2222222222222222", "record 2", "event 2"), CancellationToken.None);

        Assert.Equal("rejections/x/evt-222222222222.json", path);
        Assert.Equal("event 2", await File.ReadAllTextAsync(Path.Combine(_root, "rejections/x/evt-222222222222.event.json")));
        Assert.Equal("record 1", await File.ReadAllTextAsync(Path.Combine(_root, "rejections/x/evt.json")));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("notices/../../outside")]
    [InlineData("/tmp/outside")]
    public async Task WriteNoticeAsync_RefusesAPathThatLeavesTheRoot(string folder)
    {
        var store = new FileSystemNoticeStore(_root);
        var set = new NoticeSet(folder, [], new StoredDocument($"{folder}/manifest.json", "application/json", "x"u8.ToArray()), new Dictionary<string, string>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteNoticeAsync(set, CancellationToken.None));
    }

    [Fact]
    public async Task WriteNoticeAsync_ReportsAnUnwritableFolderAsStoreUnavailable()
    {
        var file = Path.Combine(_root, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var store = new FileSystemNoticeStore(file);

        await Assert.ThrowsAsync<NoticeStoreUnavailableException>(() => store.WriteNoticeAsync(Set("a", "b", "m"), CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static NoticeSet Set(string one, string two, string manifest) => new(
        "notices/x/d/r1",
        [
            new StoredDocument("notices/x/d/r1/one.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(one)),
            new StoredDocument("notices/x/d/r1/two.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(two)),
        ],
        new StoredDocument("notices/x/d/r1/manifest.json", "application/json", Encoding.UTF8.GetBytes(manifest)),
        new Dictionary<string, string>());

    private static RejectionSet Rejection(string name, string sha, string record, string eventText) =>
        new("rejections/x", name, sha, Encoding.UTF8.GetBytes(record), Encoding.UTF8.GetBytes(eventText));
}
