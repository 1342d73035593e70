using System.Collections.Concurrent;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Benchmarks.Workload;

/// <summary>
/// A notice store in memory with the create-only rules of <see cref="INoticeStore"/>: a path is written once; the
/// same bytes again count as done, other bytes are a conflict; the manifest goes last. It stands in for Blob Storage,
/// which keeps the bytes outside the process, so <see cref="Drain"/> lets a long run forget what it wrote and measure
/// the pipeline's memory rather than a growing copy of the store.
/// </summary>
public sealed class InMemoryNoticeStore : INoticeStore
{
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _blobs = new(StringComparer.Ordinal);
    private long _blobsWritten;
    private long _bytesWritten;

    /// <summary>Blobs created since the store was made, drained ones included.</summary>
    public long BlobsWritten => Interlocked.Read(ref _blobsWritten);

    /// <summary>Bytes in the blobs created since the store was made, drained ones included.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    public int Count => _blobs.Count;

    public bool TryRead(string path, out ReadOnlyMemory<byte> content) => _blobs.TryGetValue(path, out content);

    /// <summary>Forgets every blob; the counters keep counting.</summary>
    public void Drain() => _blobs.Clear();

    public Task<ReadOnlyMemory<byte>?> ReadManifestAsync(string folder, CancellationToken cancellationToken) =>
        Task.FromResult(_blobs.TryGetValue($"{folder}/manifest.json", out var manifest) ? manifest : (ReadOnlyMemory<byte>?)null);

    public Task<NoticeWriteResult> WriteNoticeAsync(NoticeSet notice, CancellationToken cancellationToken)
    {
        foreach (var document in notice.Documents)
        {
            if (!Create(document.Path, document.Content))
            {
                return Task.FromResult(NoticeWriteResult.Conflict);
            }
        }

        return Task.FromResult(Create(notice.Manifest.Path, notice.Manifest.Content) ? NoticeWriteResult.Written : NoticeWriteResult.Conflict);
    }

    public Task<string> WriteRejectionAsync(RejectionSet rejection, CancellationToken cancellationToken)
    {
        var baseName = rejection.BaseName;
        if (!Create($"{rejection.Folder}/{baseName}.event.json", rejection.EventBytes))
        {
            // Another event was rejected under the same id: keep both apart, as the real stores do.
            baseName = $"{baseName}-{rejection.EventSha256[..12]}";
            Create($"{rejection.Folder}/{baseName}.event.json", rejection.EventBytes);
        }

        var recordPath = $"{rejection.Folder}/{baseName}.json";
        // An existing record for the same event bytes stays, although its receivedAt differs.
        _blobs.TryAdd(recordPath, rejection.Record.ToArray());
        return Task.FromResult(recordPath);
    }

    /// <summary>True when the blob is now there with these bytes; false when other bytes hold the path.</summary>
    private bool Create(string path, ReadOnlyMemory<byte> content)
    {
        // The pipeline hands over buffers it no longer touches, so keeping the reference is as good as a copy.
        if (_blobs.TryAdd(path, content))
        {
            Interlocked.Increment(ref _blobsWritten);
            Interlocked.Add(ref _bytesWritten, content.Length);
            return true;
        }

        // Drained in between: nothing holds the path any more, so nothing conflicts.
        return !_blobs.TryGetValue(path, out var stored) || stored.Span.SequenceEqual(content.Span);
    }
}
