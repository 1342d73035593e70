using System.Security.Cryptography;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Storage;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Storage;

/// <summary>The write policy through the whole pipeline, on a real folder store whose requests are counted.</summary>
public sealed class NoticeStoreWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kenbaarheid-writer-").FullName;
    private readonly CountingNoticeStore _store;
    private readonly PipelineHarness _harness;

    public NoticeStoreWriterTests()
    {
        _store = new CountingNoticeStore(new FileSystemNoticeStore(_root));
        _harness = new PipelineHarness(_store);
    }

    [Fact]
    public async Task ANewNotice_TakesOneCreatePerFile_TheExplanationFirstAndTheManifestLast_AndNoRead()
    {
        var issued = Assert.IsType<PipelineOutcome.Issued>(await _harness.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated)));

        var files = Directory.GetFiles(Path.Combine(_root, issued.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files.Count, _store.Requests.Count);
        Assert.All(_store.Requests, request => Assert.StartsWith("create ", request, StringComparison.Ordinal));
        Assert.Equal($"create {issued.Address.ExplanationPath}", _store.Requests[0]);
        Assert.Equal($"create {issued.Address.ManifestPath}", _store.Requests[^1]);
        Assert.Equal(files, issued.Manifest.Files.Select(f => f.Name).Append(StoreLayout.ManifestName).Order(StringComparer.Ordinal));
        Assert.False(issued.AlreadyIssued);
    }

    [Fact]
    public async Task ARedelivery_FindsItsOwnManifestAfterOneCreate_AndRewritesNothing()
    {
        var bytes = SampleEvents.Bytes(SampleEvents.Automated);
        await _harness.ProcessAsync(bytes);
        var before = Snapshot();
        _store.Forget();

        var again = Assert.IsType<PipelineOutcome.Issued>(await _harness.ProcessAsync(bytes));

        Assert.True(again.AlreadyIssued);
        Assert.Equal([$"create {again.Address.ExplanationPath}", $"read {again.Address.ManifestPath}"], _store.Requests);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ARedeliveryAfterAHalfWrittenSet_CompletesItAndKeepsWhatWasThere()
    {
        var bytes = SampleEvents.Bytes(SampleEvents.Automated);
        var issued = Assert.IsType<PipelineOutcome.Issued>(await _harness.ProcessAsync(bytes));
        var complete = Snapshot();
        // As if the first delivery died after its third file: the later ones and the manifest are missing.
        var written = _store.Requests.Select(r => r["create ".Length..]).ToList();
        foreach (var path in written.Skip(3))
        {
            File.Delete(Path.Combine(_root, path));
        }

        var kept = Snapshot();
        _store.Forget();

        var completed = Assert.IsType<PipelineOutcome.Issued>(await _harness.ProcessAsync(bytes));

        Assert.False(completed.AlreadyIssued);
        Assert.Equal(complete.Select(f => (f.Key, f.Value.Sha256)), Snapshot().Select(f => (f.Key, f.Value.Sha256)));
        Assert.All(kept, file => Assert.Equal(file.Value.Written, File.GetLastWriteTimeUtc(Path.Combine(_root, file.Key))));
        // One look at the manifest, when the first file was found in place; then the set is completed.
        Assert.Equal(written.Count + 1, _store.Requests.Count);
        Assert.Equal($"read {issued.Address.ManifestPath}", _store.Requests[1]);
    }

    [Fact]
    public async Task AnotherEventForTheSameNotice_StopsAtTheExplanation_IsNoticeExists_AndLeavesTheNoticeUntouched()
    {
        var issued = Assert.IsType<PipelineOutcome.Issued>(await _harness.ProcessAsync(SampleEvents.Bytes(SampleEvents.Automated)));
        var before = Snapshot();
        _store.Forget();
        var other = SampleEvents.Tree(SampleEvents.Automated).With("/id", "evt-other").With("/data/decision/outcome", "U krijgt een voorschot van € 215 per maand.");

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await _harness.ProcessAsync(other.ToBytes()));

        Assert.Equal(PipelineErrorCodes.NoticeExists, Assert.Single(rejected.Record.Reasons).Code);
        Assert.Equal(before, new SortedDictionary<string, (string, DateTime)>(Snapshot().Where(f => f.Key.StartsWith(StoreLayout.NoticesFolder, StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal));
        Assert.Equal([$"create {issued.Address.ExplanationPath}", $"read {issued.Address.ManifestPath}"], _store.Requests.Where(r => r.Contains(issued.Folder, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARejection_KeepsTheRevisionTheDecisionDateAndEachAlgorithmsLars()
    {
        var tree = SampleEvents.Tree(SampleEvents.Automated).With("/data/decision/revision", 3).With("/data/algorithms/0/lars", "1234567");

        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await _harness.ProcessAsync(tree.ToBytes()));

        var stored = RejectionRecord.FromJson(await File.ReadAllBytesAsync(Path.Combine(_root, rejected.RecordPath)));
        Assert.Equal(3, stored.Revision);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.DecisionDate);
        Assert.Equal("1234567", stored.Algorithms[0]);
        Assert.Equal(rejected.Record.Reasons, stored.Reasons);
    }

    public void Dispose()
    {
        _harness.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Every file of the store: its content's hash and when it was last written.</summary>
    private SortedDictionary<string, (string Sha256, DateTime Written)> Snapshot() =>
        new(
            Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).ToDictionary(
                path => Path.GetRelativePath(_root, path).Replace('\\', '/'),
                path => (Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), File.GetLastWriteTimeUtc(path))),
            StringComparer.Ordinal);
}
