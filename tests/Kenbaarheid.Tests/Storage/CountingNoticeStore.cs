using System.Collections.Concurrent;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Tests.Storage;

/// <summary>A real store with every request it is asked for counted, in order: "create {path}" or "read {path}".</summary>
internal sealed class CountingNoticeStore(INoticeStore inner) : INoticeStore
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => _requests.ToList();

    public void Forget() => _requests.Clear();

    public Task<CreateOutcome> CreateAsync(StoredDocument document, StoreLabels labels, CancellationToken cancellationToken)
    {
        _requests.Enqueue($"create {document.Path}");
        return inner.CreateAsync(document, labels, cancellationToken);
    }

    public Task<ReadOnlyMemory<byte>?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        _requests.Enqueue($"read {path}");
        return inner.ReadAsync(path, cancellationToken);
    }
}
