using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kenbaarheid.Events;

namespace Kenbaarheid.Registry;

/// <summary>
/// Writes a snapshot of register entries: every entry file, then <c>snapshot.json</c>, and only then moves
/// <c>current.json</c> to it. A failure before the pointer moves leaves the current snapshot in use, and the
/// unfinished folder is cleared away.
/// </summary>
internal sealed class RegistrySnapshotWriter(IRegistrySnapshotStore store)
{
    /// <summary>
    /// Writes <paramref name="records"/> (as the register sent them) as a new snapshot and makes it current. Records
    /// without a valid lars (<see cref="Lars"/>, check digit included) are left out: no event can name them, so no
    /// notice can find them, and nothing is made up for them.
    /// </summary>
    public async Task<RegistrySnapshotManifest> WriteAsync(
        IEnumerable<JsonElement> records,
        IReadOnlyList<OrganisationDetails> organisations,
        DateTimeOffset takenAt,
        Uri source,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(organisations);
        var files = new SortedDictionary<string, (string? OrgId, byte[] Bytes)>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record.ValueKind == JsonValueKind.Object
                && record.TryGetProperty("lars", out var lars) && lars.ValueKind == JsonValueKind.String
                && Lars.TryParse(lars.GetString(), out _))
            {
                var orgId = record.TryGetProperty("org_id", out var org) && org.ValueKind == JsonValueKind.String ? org.GetString() : null;
                // Compact JSON, as RegisterRecordReader hashes it: the file's sha256 is the entry hash a notice records.
                files[lars.GetString()!] = (orgId, JsonSerializer.SerializeToUtf8Bytes(record));
            }
        }

        var entries = files
            .Select(file => new RegistrySnapshotEntry(file.Key, file.Value.OrgId, $"{file.Key}.json", Convert.ToHexStringLower(SHA256.HashData(file.Value.Bytes))))
            .ToList();
        var id = SnapshotId(takenAt, entries);
        var folder = RegistrySnapshotLayout.SnapshotFolder(id);
        var manifest = new RegistrySnapshotManifest(
            id,
            takenAt,
            source,
            language,
            organisations.Select(o => new RegistrySnapshotOrganisation(o.OrgId, o.Name, entries.Count(e => e.OrgId == o.OrgId))).ToList(),
            entries.Count,
            entries);

        try
        {
            foreach (var file in files)
            {
                await store.WriteAsync($"{folder}/{file.Key}.json", file.Value.Bytes, cancellationToken).ConfigureAwait(false);
            }

            await store.WriteAsync($"{folder}/{RegistrySnapshotLayout.SnapshotManifest}", JsonSerializer.SerializeToUtf8Bytes(manifest, RegistrySnapshotLayout.MetadataOptions), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            await store.DeleteFolderAsync(folder, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var pointer = new RegistrySnapshotPointer(id, takenAt, folder);
        await store.WriteAsync(RegistrySnapshotLayout.CurrentPointer, JsonSerializer.SerializeToUtf8Bytes(pointer, RegistrySnapshotLayout.MetadataOptions), cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    /// <summary>Records how a sync attempt ended, for the readers of the snapshots.</summary>
    public Task WriteStatusAsync(RegistrySyncStatus status, CancellationToken cancellationToken) =>
        store.WriteAsync(RegistrySnapshotLayout.LastSync, JsonSerializer.SerializeToUtf8Bytes(status, RegistrySnapshotLayout.MetadataOptions), cancellationToken);

    /// <summary>
    /// Sortable by the second it was taken, and unique for its content and its exact moment: two syncs in the same second
    /// get different ids even with the same answers, because their <c>snapshot.json</c> differ in <c>takenAt</c> and a
    /// snapshot file is never overwritten.
    /// </summary>
    private static string SnapshotId(DateTimeOffset takenAt, IEnumerable<RegistrySnapshotEntry> entries)
    {
        var content = string.Join('\n', entries.Select(e => $"{e.Lars} {e.Sha256}").Prepend(takenAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..8];
        return $"{takenAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{hash}";
    }
}
