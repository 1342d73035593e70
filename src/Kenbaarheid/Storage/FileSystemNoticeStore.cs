using System.Security.Cryptography;

namespace Kenbaarheid.Storage;

/// <summary>
/// A notice store in a local folder, with sub-folders <c>notices/</c> and <c>rejections/</c>. Each file is first
/// written beside its target under a hidden temporary name and then moved into place without overwriting, so a
/// reader never sees half a file and an existing file is never replaced.
/// </summary>
public sealed class FileSystemNoticeStore : INoticeStore
{
    private readonly string _root;

    public FileSystemNoticeStore(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string path, CancellationToken cancellationToken)
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

    /// <summary>A folder keeps no labels; the file's name and bytes are all there is.</summary>
    public async Task<CreateOutcome> CreateAsync(StoredDocument document, StoreLabels labels, CancellationToken cancellationToken)
    {
        var path = Resolve(document.Path);
        try
        {
            if (File.Exists(path))
            {
                return await CompareAsync(path, document.Content, cancellationToken).ConfigureAwait(false);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
            await File.WriteAllBytesAsync(temporary, document.Content, cancellationToken).ConfigureAwait(false);
            try
            {
                File.Move(temporary, path, overwrite: false);
                return CreateOutcome.Created;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Someone else created it between our check and our move: theirs stands, and we compare.
                File.Delete(temporary);
                return await CompareAsync(path, document.Content, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new NoticeStoreUnavailableException($"Cannot write '{path}': {exception.Message}", exception);
        }
    }

    private static async Task<CreateOutcome> CompareAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var existing = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return content.Span.SequenceEqual(existing) ? CreateOutcome.Identical : CreateOutcome.Different;
    }

    /// <summary>
    /// Maps a store path to a file below the root. The pipeline only builds paths from validated ids, so a path
    /// that leaves the root is a bug, and it is refused rather than written.
    /// </summary>
    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The store path '{relativePath}' leads outside the store root '{_root}'.");
        }

        return full;
    }
}
