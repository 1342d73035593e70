using System.Security.Cryptography;

namespace Kenbaarheid.Registry;

/// <summary>
/// Snapshots in a local folder. Each file is written beside its target under a hidden temporary name and then renamed
/// over it, which is atomic on one file system: a reader of <c>current.json</c> sees the old pointer or the new one,
/// never half of one.
/// </summary>
public sealed class FolderRegistrySnapshotStore : IRegistrySnapshotStore
{
    private readonly string _root;

    public FolderRegistrySnapshotStore(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public string Location => _root;

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
    }

    public async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var file = Resolve(path);
        var folder = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(file)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task DeleteFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Resolve(folder);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Paths come from snapshot ids and lars codes we checked; one that leaves the root is a bug and is refused.</summary>
    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The snapshot path '{relativePath}' leads outside the snapshot folder '{_root}'.");
        }

        return full;
    }
}
