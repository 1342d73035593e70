using System.Diagnostics;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Lists the notice container over and over while a run goes on, as a reader of the store would see it: how long
/// each folder was visible without its manifest, and whether any folder lacked its manifest after its message had
/// completed (which would mean a notice that no redelivery will ever finish).
/// </summary>
internal sealed class ManifestWatch(BlobServiceClient service, Func<IReadOnlySet<string>> completedFolders)
{
    // Listing ten thousand blobs is work for Azurite too; more often would slow the run it watches.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, TimeSpan> _open = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenWithout = new(StringComparer.Ordinal);
    private readonly List<string> _violations = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Listings { get; private set; }

    public int FailedListings { get; private set; }

    /// <summary>Folders seen without a manifest in at least one listing.</summary>
    public int FoldersSeenWithoutManifest => _seenWithout.Count;

    /// <summary>
    /// The longest time a folder was certainly visible without its manifest: from the end of the first listing that
    /// showed it so to the start of the first that showed the manifest (a listing takes a while).
    /// </summary>
    public TimeSpan LongestSeenWithoutManifest { get; private set; }

    /// <summary>Folders without a manifest although their message had completed before the listing began.</summary>
    public IReadOnlyList<string> Violations => _violations;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var container = service.GetBlobContainerClient("notices");
        while (!cancellationToken.IsCancellationRequested)
        {
            var completed = completedFolders();
            var started = _clock.Elapsed;
            try
            {
                var names = new List<string>();
                await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken))
                {
                    names.Add($"notices/{item.Name}");
                }

                Listings++;
                Record(names, completed, started, _clock.Elapsed);
            }
            catch (Exception exception) when (exception is global::Azure.RequestFailedException or HttpRequestException or AggregateException or IOException)
            {
                // The store is down or the container does not exist yet: nothing to see in this round.
                FailedListings++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await Task.Delay(Interval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Record(List<string> names, IReadOnlySet<string> completed, TimeSpan listedAt, TimeSpan listingEnded)
    {
        var without = StoredBlobs.FoldersWithoutManifest(names).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in without)
        {
            _seenWithout.Add(folder);
            _open.TryAdd(folder, listingEnded);
            if (completed.Contains(folder))
            {
                _violations.Add($"{folder} at {listedAt.TotalSeconds:0.0} s");
            }
        }

        var present = names.ToHashSet(StringComparer.Ordinal);
        foreach (var (folder, since) in _open.Where(open => present.Contains($"{open.Key}/manifest.json")).ToList())
        {
            _open.Remove(folder);
            var open = listedAt - since;
            LongestSeenWithoutManifest = open > LongestSeenWithoutManifest ? open : LongestSeenWithoutManifest;
        }
    }
}
