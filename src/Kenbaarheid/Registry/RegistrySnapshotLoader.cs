using System.Text.Json;

namespace Kenbaarheid.Registry;

/// <summary>
/// Loads register records from a folder or a file. A file may hold one record (the shape of
/// <c>GET /api/algoritme/{lang}/{lars}</c>), a list of records, or the site-data dump
/// <c>{"algoritme_versions": [...], "organisation_details": [...]}</c>; a folder is searched recursively.
/// A folder written by the register sync (with <c>current.json</c>) gives the snapshot its pointer names, and a
/// snapshot folder (with <c>snapshot.json</c>) gives that snapshot; both are checked entry by entry.
/// </summary>
public static class RegistrySnapshotLoader
{
    public static async Task<RegistrySnapshot> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (File.Exists(Path.Combine(path, RegistrySnapshotLayout.CurrentPointer)))
        {
            return await new RegistrySnapshotReader(new FolderRegistrySnapshotStore(path)).ReadCurrentAsync(cancellationToken).ConfigureAwait(false);
        }

        if (File.Exists(Path.Combine(path, RegistrySnapshotLayout.SnapshotManifest)))
        {
            return await new RegistrySnapshotReader(new FolderRegistrySnapshotStore(path)).ReadSnapshotAsync(string.Empty, cancellationToken).ConfigureAwait(false);
        }

        IEnumerable<string> files;
        if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new FileNotFoundException($"The register path '{path}' is neither a folder nor a file.", path);
        }

        var records = new List<RegisterRecord>();
        var organisations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"The register file '{file}' is not valid JSON: {exception.Message}", exception);
            }

            using (document)
            {
                Collect(document.RootElement, records, organisations);
            }
        }

        return new RegistrySnapshot(records, organisations);
    }

    /// <summary>Reads records and organisation names from any of the accepted shapes.</summary>
    private static void Collect(JsonElement root, List<RegisterRecord> records, Dictionary<string, string> organisations)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                records.AddRange(root.EnumerateArray().Select(RegisterRecordReader.Read).OfType<RegisterRecord>());
                break;
            case JsonValueKind.Object when root.TryGetProperty("algoritme_versions", out var versions):
                if (versions.ValueKind == JsonValueKind.Array)
                {
                    Collect(versions, records, organisations);
                }

                if (root.TryGetProperty("organisation_details", out var details) && details.ValueKind == JsonValueKind.Array)
                {
                    foreach (var organisation in details.EnumerateArray())
                    {
                        if (organisation.ValueKind == JsonValueKind.Object
                            && organisation.TryGetProperty("org_id", out var id) && id.ValueKind == JsonValueKind.String
                            && organisation.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                        {
                            organisations[id.GetString()!] = name.GetString()!;
                        }
                    }
                }

                break;
            case JsonValueKind.Object:
                if (RegisterRecordReader.Read(root) is { } record)
                {
                    records.Add(record);
                }

                break;
        }
    }
}
