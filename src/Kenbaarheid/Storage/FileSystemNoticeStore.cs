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

    public async Task<ReadOnlyMemory<byte>?> ReadManifestAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Resolve($"{folder}/manifest.json");
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new NoticeStoreUnavailableException($"Cannot read '{path}': {exception.Message}", exception);
        }
    }

    public async Task<NoticeWriteResult> WriteNoticeAsync(NoticeSet notice, CancellationToken cancellationToken)
    {
        foreach (var document in notice.Documents.Append(notice.Manifest))
        {
            if (await CreateAsync(document.Path, document.Content, cancellationToken).ConfigureAwait(false) == CreateResult.Different)
            {
                return NoticeWriteResult.Conflict;
            }
        }

        return NoticeWriteResult.Written;
    }

    public async Task<string> WriteRejectionAsync(RejectionSet rejection, CancellationToken cancellationToken)
    {
        var baseName = rejection.BaseName;
        var eventPath = $"{rejection.Folder}/{baseName}.event.json";
        if (await CreateAsync(eventPath, rejection.EventBytes, cancellationToken).ConfigureAwait(false) == CreateResult.Different)
        {
            // Another event was rejected under the same id; keep both, apart, rather than replace the first.
            baseName = $"{baseName}-{rejection.EventSha256[..12]}";
            await CreateAsync($"{rejection.Folder}/{baseName}.event.json", rejection.EventBytes, cancellationToken).ConfigureAwait(false);
        }

        var recordPath = $"{rejection.Folder}/{baseName}.json";
        // A record already there for these very event bytes was written on an earlier delivery: it stays as it is.
        await CreateAsync(recordPath, rejection.Record, cancellationToken, keepExisting: true).ConfigureAwait(false);
        return recordPath;
    }

    private enum CreateResult
    {
        Created,
        Identical,
        Different,
    }

    private async Task<CreateResult> CreateAsync(string relativePath, ReadOnlyMemory<byte> content, CancellationToken cancellationToken, bool keepExisting = false)
    {
        var path = Resolve(relativePath);
        try
        {
            if (File.Exists(path))
            {
                return keepExisting ? CreateResult.Identical : await CompareAsync(path, content, cancellationToken).ConfigureAwait(false);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            try
            {
                File.Move(temporary, path, overwrite: false);
                return CreateResult.Created;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Someone else created it between our check and our move: theirs stands, and we compare.
                File.Delete(temporary);
                return keepExisting ? CreateResult.Identical : await CompareAsync(path, content, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new NoticeStoreUnavailableException($"Cannot write '{path}': {exception.Message}", exception);
        }
    }

    private static async Task<CreateResult> CompareAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var existing = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return content.Span.SequenceEqual(existing) ? CreateResult.Identical : CreateResult.Different;
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
