using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Registry;

/// <summary>
/// Reads synced snapshots back: the pointer, the last sync's outcome, and a snapshot with every entry checked against
/// the sha256 in its <c>snapshot.json</c>. A snapshot that is incomplete or altered is refused whole
/// (<see cref="InvalidDataException"/> naming the file), never served in part.
/// </summary>
public sealed partial class RegistrySnapshotReader(IRegistrySnapshotStore store)
{
    public string Location => store.Location;

    /// <summary>The snapshot <c>current.json</c> points to; throws when there is none.</summary>
    public async Task<RegistrySnapshot> ReadCurrentAsync(CancellationToken cancellationToken)
    {
        var pointer = await ReadPointerAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"'{store.Location}' has no {RegistrySnapshotLayout.CurrentPointer}: no register sync has completed there yet.");
        return await ReadSnapshotAsync(pointer.Folder, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RegistrySnapshotPointer?> ReadPointerAsync(CancellationToken cancellationToken)
    {
        var pointer = await ReadJsonAsync<RegistrySnapshotPointer>(RegistrySnapshotLayout.CurrentPointer, cancellationToken).ConfigureAwait(false);
        if (pointer is not null && (pointer.SnapshotId is null || pointer.Folder is null || !SnapshotFolderShape().IsMatch(pointer.Folder)))
        {
            throw new InvalidDataException($"'{store.Location}/{RegistrySnapshotLayout.CurrentPointer}' does not point to a snapshot folder (snapshots/{{id}}).");
        }

        return pointer;
    }

    public Task<RegistrySyncStatus?> ReadSyncStatusAsync(CancellationToken cancellationToken) =>
        ReadJsonAsync<RegistrySyncStatus>(RegistrySnapshotLayout.LastSync, cancellationToken);

    /// <summary>Reads the snapshot in <paramref name="folder"/> ("" for a store that is one snapshot folder).</summary>
    public async Task<RegistrySnapshot> ReadSnapshotAsync(string folder, CancellationToken cancellationToken)
    {
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        var manifestPath = prefix + RegistrySnapshotLayout.SnapshotManifest;
        var manifest = await ReadJsonAsync<RegistrySnapshotManifest>(manifestPath, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"The register snapshot '{store.Location}/{manifestPath}' does not exist.");

        var records = new List<RegisterRecord>();
        foreach (var entry in manifest.Entries)
        {
            var path = prefix + entry.File;
            if (entry.File.Contains('/', StringComparison.Ordinal) || entry.File.Contains('\\', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The register snapshot '{store.Location}/{manifestPath}' names an entry file outside its folder: '{entry.File}'.");
            }

            var bytes = await store.ReadAsync(path, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"The register snapshot entry '{store.Location}/{path}' is missing.");
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != entry.Sha256)
            {
                throw new InvalidDataException($"The register snapshot entry '{store.Location}/{path}' does not match the sha256 in {RegistrySnapshotLayout.SnapshotManifest}: it was changed after the snapshot was taken.");
            }

            try
            {
                using var document = JsonDocument.Parse(bytes);
                records.Add(RegisterRecordReader.Read(document.RootElement)
                    ?? throw new InvalidDataException($"The register snapshot entry '{store.Location}/{path}' has no lars or name."));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"The register snapshot entry '{store.Location}/{path}' is not valid JSON: {exception.Message}", exception);
            }
        }

        var names = manifest.Organisations.ToDictionary(o => o.OrgId, o => o.Name, StringComparer.Ordinal);
        return new RegistrySnapshot(records, names, manifest.SnapshotId, manifest.TakenAt);
    }

    private async Task<T?> ReadJsonAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await store.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, RegistrySnapshotLayout.MetadataOptions)
                ?? throw new InvalidDataException($"'{store.Location}/{path}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"'{store.Location}/{path}' cannot be read: {exception.Message}", exception);
        }
    }

    [GeneratedRegex("^snapshots/[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$")]
    private static partial Regex SnapshotFolderShape();
}
