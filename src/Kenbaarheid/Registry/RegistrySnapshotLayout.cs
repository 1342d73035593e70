using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Registry;

/// <summary>
/// Where a synced register lives, in a folder or a container:
/// <code>
/// current.json                      the snapshot in use; replaced (atomically) only after a snapshot is complete
/// last-sync.json                    the outcome of the last sync attempt, so a reader can tell that the register was unreachable
/// snapshots/{id}/snapshot.json      id, time taken, organisations, counts, and each entry's file and sha256
/// snapshots/{id}/{lars}.json        each entry exactly as the register sent it (compact JSON)
/// </code>
/// A snapshot is never changed once written, so a notice's manifest can name it and its entries' hashes forever.
/// </summary>
public static class RegistrySnapshotLayout
{
    public const string CurrentPointer = "current.json";
    public const string LastSync = "last-sync.json";
    public const string SnapshotsFolder = "snapshots";
    public const string SnapshotManifest = "snapshot.json";

    /// <summary>The register's wire format: its own snake_case names are spelled out on each type; absent values left out.</summary>
    public static readonly JsonSerializerOptions WireOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Our metadata files: camelCase, indented, readable text.</summary>
    public static readonly JsonSerializerOptions MetadataOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string SnapshotFolder(string snapshotId) => $"{SnapshotsFolder}/{snapshotId}";
}
