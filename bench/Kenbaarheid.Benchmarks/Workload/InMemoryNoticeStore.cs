using System.Collections.Concurrent;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Benchmarks.Workload;

/// <summary>
/// A notice store in memory with the create-only primitive of <see cref="INoticeStore"/>: a path is written once; the
/// same bytes again are identical, other bytes different. It stands in for Blob Storage, which keeps the bytes outside
/// the process, so <see cref="Drain"/> lets a long run forget what it wrote and measure the pipeline's memory rather
/// than a growing copy of the store.
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

    public Task<ReadOnlyMemory<byte>?> ReadAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult(_blobs.TryGetValue(path, out var content) ? content : (ReadOnlyMemory<byte>?)null);

    public Task<CreateOutcome> CreateAsync(StoredDocument document, StoreLabels labels, CancellationToken cancellationToken)
    {
        // The pipeline hands over buffers it no longer touches, so keeping the reference is as good as a copy.
        if (_blobs.TryAdd(document.Path, document.Content))
        {
            Interlocked.Increment(ref _blobsWritten);
            Interlocked.Add(ref _bytesWritten, document.Content.Length);
            return Task.FromResult(CreateOutcome.Created);
        }

        // Drained in between: nothing holds the path any more, so nothing conflicts.
        return Task.FromResult(!_blobs.TryGetValue(document.Path, out var stored) || stored.Span.SequenceEqual(document.Content.Span)
            ? CreateOutcome.Identical
            : CreateOutcome.Different);
    }
}
