using System.Runtime.CompilerServices;

namespace Kenbaarheid.Storage;

/// <summary>
/// Reads a notice store kept in a local folder (the output of <c>kenbaarheid process</c>). Hidden files are the
/// store's temporary files, written aside before they are moved into place, and are never listed.
/// </summary>
public sealed class FileSystemNoticeStoreReader : INoticeStoreReader
{
    private readonly string _root;

    public FileSystemNoticeStoreReader(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public string Location => _root;

    public async IAsyncEnumerable<StoredNoticeFolder> ListNoticeFoldersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RequireRoot();
        var notices = Path.Combine(_root, StoreLayout.NoticesFolder);
        foreach (var agency in Folders(notices))
        {
            foreach (var decision in Folders(Path.Combine(notices, agency)))
            {
                foreach (var revision in Folders(Path.Combine(notices, agency, decision)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (StoreLayout.ParseNoticeFolder(agency, decision, revision) is { } address)
                    {
                        yield return new StoredNoticeFolder(address, File.Exists(Path.Combine(notices, agency, decision, revision, StoreLayout.ManifestName)));
                    }
                }
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public async IAsyncEnumerable<StoredRejection> ListRejectionsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RequireRoot();
        var rejections = Path.Combine(_root, StoreLayout.RejectionsFolder);
        foreach (var agency in Folders(rejections))
        {
            var files = Guard(() => Directory.EnumerateFiles(Path.Combine(rejections, agency), "*.json").Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal));
            foreach (var name in files.Where(StoreLayout.IsRejectionRecordName).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var eventName = StoreLayout.RejectedEventNameOf(name);
                yield return new StoredRejection(
                    StoreLayout.RejectionFilePath(agency, name), agency, files.Contains(eventName) ? StoreLayout.RejectionFilePath(agency, eventName) : null);
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Resolve(path);
        try
        {
            return await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new NoticeStoreUnavailableException($"Cannot read '{file}': {exception.Message}", exception);
        }
    }

    private void RequireRoot()
    {
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"The notice store '{_root}' does not exist.");
        }
    }

    private static List<string> Folders(string parent) =>
        Directory.Exists(parent)
            ? Guard(() => Directory.EnumerateDirectories(parent).Select(Path.GetFileName).OfType<string>().Where(name => !name.StartsWith('.')).Order(StringComparer.Ordinal).ToList())
            : [];

    private static T Guard<T>(Func<T> listing)
    {
        try
        {
            return listing();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new NoticeStoreUnavailableException($"Cannot list the notice store: {exception.Message}", exception);
        }
    }

    /// <summary>Paths come from listings of this very store; one that leaves the root is a bug and is refused.</summary>
    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The store path '{relativePath}' leads outside the notice store '{_root}'.");
        }

        return full;
    }
}
