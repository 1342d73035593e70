namespace Kenbaarheid.Registry;

/// <summary>
/// Where synced snapshots are kept (a folder, or a Blob container), addressed by '/'-separated paths in the layout
/// of <see cref="RegistrySnapshotLayout"/>. Failures surface as <see cref="IOException"/>.
/// </summary>
public interface IRegistrySnapshotStore
{
    /// <summary>Names the store in messages (a folder path or a container address).</summary>
    string Location { get; }

    /// <summary>The file's bytes, or null when it does not exist.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>Writes a file that readers see whole or not at all.</summary>
    Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Removes a folder and everything in it; used to clear away a snapshot whose writing failed.</summary>
    Task DeleteFolderAsync(string folder, CancellationToken cancellationToken);
}
