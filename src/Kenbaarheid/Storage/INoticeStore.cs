namespace Kenbaarheid.Storage;

/// <summary>
/// Where notices and rejections are kept: a folder or Blob Storage, in the layout of OUTPUT.md. Every write is
/// create-only: an existing file is never overwritten, and finding the same bytes already there counts as done,
/// so a retry after a failure completes a set instead of duplicating or damaging it. Infrastructure faults
/// surface as <see cref="NoticeStoreUnavailableException"/>, so the caller can retry the event later.
/// </summary>
public interface INoticeStore
{
    /// <summary>The manifest of an issued notice in <paramref name="folder"/>, or null when the set is absent or unfinished.</summary>
    Task<ReadOnlyMemory<byte>?> ReadManifestAsync(string folder, CancellationToken cancellationToken);

    /// <summary>Writes the documents, then the manifest.</summary>
    Task<NoticeWriteResult> WriteNoticeAsync(NoticeSet notice, CancellationToken cancellationToken);

    /// <summary>Writes the event bytes and then the record; returns the record's path.</summary>
    Task<string> WriteRejectionAsync(RejectionSet rejection, CancellationToken cancellationToken);
}
