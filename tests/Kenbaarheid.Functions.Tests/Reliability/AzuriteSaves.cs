using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Tells when Azurite has saved what it acknowledged. Azurite keeps its blob index and its extent index in memory and
/// saves each to a file in its data folder every five seconds when it changed (LokiJS: the whole index to a temporary
/// file, then renamed). A save begins only after the one before it has finished, so once a second save has been seen
/// after an earlier one, everything acknowledged before the earlier one was written to disk is in it. That moment,
/// for both indexes, is passed to <see cref="ServiceBusSimulation.ConfirmSaved"/>: a hard kill of Azurite cannot
/// take back a write acknowledged before it.
/// </summary>
internal sealed class AzuriteSaves(string location)
{
    private static readonly string[] IndexFiles = ["__azurite_db_blob__.json", "__azurite_db_blob_extent__.json"];
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, List<DateTime>> _saves = IndexFiles.ToDictionary(file => file, _ => new List<DateTime>(), StringComparer.Ordinal);

    /// <summary>When the blob index was last saved, or null before its first save.</summary>
    public DateTime? BlobIndexSaved =>
        File.Exists(Path.Combine(location, IndexFiles[0])) ? File.GetLastWriteTimeUtc(Path.Combine(location, IndexFiles[0])) : null;

    /// <summary>
    /// The notice folders with documents but no manifest in the blob index as last saved, which is what Azurite
    /// would start from after a kill now. The index is LokiJS's JSON: every blob is an object with its
    /// <c>containerName</c> and <c>name</c>.
    /// </summary>
    public IReadOnlyList<string> HalfWrittenInSavedIndex()
    {
        JsonNode? index;
        try
        {
            index = JsonNode.Parse(File.ReadAllText(Path.Combine(location, IndexFiles[0])));
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            // Not saved yet, or replaced while read: look at the next save.
            return [];
        }

        var names = JsonTree.Descendants(index)
            .Select(item => item.Node)
            .OfType<JsonObject>()
            .Where(blob => blob["containerName"]?.GetValueKind() == JsonValueKind.String && blob["name"]?.GetValueKind() == JsonValueKind.String)
            .Where(blob => blob["containerName"]!.GetValue<string>() == "notices")
            .Select(blob => $"notices/{blob["name"]!.GetValue<string>()}");
        return StoredBlobs.FoldersWithoutManifest(names);
    }

    /// <summary>Saves of both index files seen so far.</summary>
    public int SavesSeen => _saves.Values.Sum(saves => saves.Count);

    public async Task WatchAsync(ServiceBusSimulation run, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var file in IndexFiles)
            {
                var path = Path.Combine(location, file);
                var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : (DateTime?)null;
                var saves = _saves[file];
                if (written is { } time && (saves.Count == 0 || saves[^1] != time))
                {
                    saves.Add(time);
                }
            }

            // Before the second-last save of each index was written, and so in the last one.
            if (_saves.Values.All(saves => saves.Count >= 2))
            {
                run.ConfirmSaved(_saves.Values.Min(saves => saves[^2]));
            }

            try
            {
                await Task.Delay(PollInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
