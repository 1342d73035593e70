namespace Kenbaarheid.Storage;

/// <summary>
/// Reads a notice store back for operators (reports, reconciliation), in the layout of OUTPUT.md, whether it is a
/// folder or Blob Storage. Paths are the store's own ('/'-separated, starting with <c>notices/</c> or
/// <c>rejections/</c>), the same in both. Listings are in ordinal order of their paths, so every report over the same
/// store comes out the same. A store that cannot be reached surfaces as <see cref="NoticeStoreUnavailableException"/>.
/// </summary>
public interface INoticeStoreReader
{
    /// <summary>Names the store in messages (a folder path or an account URL).</summary>
    string Location { get; }

    /// <summary>Every notice folder <c>notices/{agency}/{decision}/r{revision}</c>, finished (with a manifest) or not.</summary>
    IAsyncEnumerable<StoredNoticeFolder> ListNoticeFoldersAsync(CancellationToken cancellationToken);

    /// <summary>Every rejection record <c>rejections/{agency}/{id}.json</c>, with the original event beside it when it is there.</summary>
    IAsyncEnumerable<StoredRejection> ListRejectionsAsync(CancellationToken cancellationToken);

    /// <summary>The bytes of a file of the store (a manifest, an explanation, a rejection record, an event), or null when it does not exist.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken);
}
