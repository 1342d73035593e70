namespace Kenbaarheid.Storage;

/// <summary>
/// Where notices and rejections are kept: a folder or Blob Storage, in the layout of <see cref="StoreLayout"/>. An
/// adapter offers one create-only write and one read; what to write in which order, and what an existing file
/// means, is <see cref="NoticeStoreWriter"/>'s, written once for every adapter. Infrastructure faults surface as
/// <see cref="NoticeStoreUnavailableException"/>, so the caller can retry the event later.
/// </summary>
public interface INoticeStore
{
    /// <summary>
    /// Creates the file unless it exists; never overwrites. When it exists, its bytes are compared with
    /// <paramref name="document"/>'s: <see cref="CreateOutcome.Identical"/> or <see cref="CreateOutcome.Different"/>.
    /// </summary>
    Task<CreateOutcome> CreateAsync(StoredDocument document, StoreLabels labels, CancellationToken cancellationToken);

    /// <summary>The bytes of a file of the store, or null when it does not exist.</summary>
    Task<ReadOnlyMemory<byte>?> ReadAsync(string path, CancellationToken cancellationToken);
}
