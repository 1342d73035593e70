using System.Text;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Tests.Storage;

public sealed class FileSystemNoticeStoreTests : IDisposable
{
    private static readonly StoreLabels NoLabels = new(new Dictionary<string, string>(), Indexed: false);

    private readonly string _root = Directory.CreateTempSubdirectory("kenbaarheid-store-").FullName;

    [Fact]
    public async Task CreateAsync_TellsANewFileFromTheSameBytesAndFromOtherBytes_AndNeverOverwrites()
    {
        var store = new FileSystemNoticeStore(_root);
        var document = Document("notices/x/d/r1/one.txt", "a");

        var outcomes = new[]
        {
            await store.CreateAsync(document, NoLabels, CancellationToken.None),
            await store.CreateAsync(document, NoLabels, CancellationToken.None),
            await store.CreateAsync(Document("notices/x/d/r1/one.txt", "changed"), NoLabels, CancellationToken.None),
        };

        Assert.Equal([CreateOutcome.Created, CreateOutcome.Identical, CreateOutcome.Different], outcomes);
        Assert.Equal("a", await File.ReadAllTextAsync(Path.Combine(_root, "notices/x/d/r1/one.txt")));
        Assert.Equal(["one.txt"], Directory.EnumerateFiles(Path.Combine(_root, "notices/x/d/r1")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ReadAsync_IsNullForAFileThatIsNotThere()
    {
        var store = new FileSystemNoticeStore(_root);
        await store.CreateAsync(Document("notices/x/d/r1/one.txt", "a"), NoLabels, CancellationToken.None);

        Assert.Null(await store.ReadAsync("notices/x/d/r1/manifest.json", CancellationToken.None));
        Assert.Null(await store.ReadAsync("notices/x/other/r1/manifest.json", CancellationToken.None));
        Assert.Equal("a", Encoding.UTF8.GetString((await store.ReadAsync("notices/x/d/r1/one.txt", CancellationToken.None))!.Value.Span));
    }

    [Fact]
    public async Task WriteRejectionAsync_KeepsTheFirstRecordWhenTheSameEventIsRejectedAgain()
    {
        var writer = new NoticeStoreWriter(new FileSystemNoticeStore(_root));
        await writer.WriteRejectionAsync(Rejection("evt", "sha1sha1sha1sha1", "record 1", "event"), CancellationToken.None);

        var path = await writer.WriteRejectionAsync(Rejection("evt", "sha1sha1sha1sha1", "record 2", "event"), CancellationToken.None);

        Assert.Equal("rejections/x/evt.json", path);
        Assert.Equal("record 1", await File.ReadAllTextAsync(Path.Combine(_root, path)));
    }

    [Fact]
    public async Task WriteRejectionAsync_KeepsBothWhenADifferentEventHasTheSameId()
    {
        var writer = new NoticeStoreWriter(new FileSystemNoticeStore(_root));
        await writer.WriteRejectionAsync(Rejection("evt", "1111111111111111", "record 1", "event 1"), CancellationToken.None);

        var path = await writer.WriteRejectionAsync(Rejection("evt", "2222222222222222", "record 2", "event 2"), CancellationToken.None);

        Assert.Equal("rejections/x/evt-222222222222.json", path);
        Assert.Equal("event 2", await File.ReadAllTextAsync(Path.Combine(_root, "rejections/x/evt-222222222222.event.json")));
        Assert.Equal("record 1", await File.ReadAllTextAsync(Path.Combine(_root, "rejections/x/evt.json")));
    }

    [Theory]
    [InlineData("../outside/manifest.json")]
    [InlineData("notices/../../outside/manifest.json")]
    [InlineData("/tmp/outside/manifest.json")]
    public async Task CreateAsync_RefusesAPathThatLeavesTheRoot(string path)
    {
        var store = new FileSystemNoticeStore(_root);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(Document(path, "x"), NoLabels, CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_ReportsAnUnwritableFolderAsStoreUnavailable()
    {
        var file = Path.Combine(_root, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var store = new FileSystemNoticeStore(file);

        await Assert.ThrowsAsync<NoticeStoreUnavailableException>(() => store.CreateAsync(Document("notices/x/d/r1/one.txt", "a"), NoLabels, CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static StoredDocument Document(string path, string text) => new(path, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));

    private static RejectionSet Rejection(string eventId, string sha, string record, string eventText) =>
        new("x", eventId, sha, Encoding.UTF8.GetBytes(record), Encoding.UTF8.GetBytes(eventText));
}
