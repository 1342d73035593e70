using System.Diagnostics;
using Kenbaarheid.Functions.Tests.Hosting;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// A lost notice is the worst failure there is: the decision loses its validity. So 2,000 events go through the
/// running handler into Azurite while Azurite is stopped and started again, failed deliveries are delivered again as
/// Service Bus would, and the end state is compared, blob by blob, with the same 2,000 events run undisturbed into a
/// second Azurite.
/// </summary>
[Collection(ReliabilityGroup.Name)]
public sealed class FaultInjectionTests(ITestOutputHelper output)
{
    private const int EventCount = 2_000;
    private const int Concurrency = 8;
    private const int OutageAfterCompletions = 600;
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RunDeadline = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task TwoThousandEvents_ThroughAStorageOutage_EachEndIssuedOrRejectedExactlyOnceAndByteIdenticalToAnUndisturbedRun()
    {
        var events = FaultRunEvent.Build(EventCount);
        var folders = events.Where(e => e.Valid).ToDictionary(e => e.Index, e => e.Folder);
        // Storage retries as in Azure (three, with the SDK's back-off), so a failing delivery takes as long as it would
        // there; warnings and errors only, since a line per event on the console would cost more than the event.
        var asInAzure = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["NoticeStore:MaxRetries"] = "3" };
        var undisturbed = new HandlerServer { Settings = asInAzure };
        var disturbed = new HandlerServer { Settings = asInAzure };
        try
        {
            await undisturbed.InitializeAsync();
            await disturbed.InitializeAsync();

            var clock = Stopwatch.StartNew();
            var clean = new ServiceBusSimulation(undisturbed, events, Concurrency);
            await clean.RunAsync();
            var cleanTime = clock.Elapsed;

            var run = new ServiceBusSimulation(disturbed, events, Concurrency);
            var watch = new ManifestWatch(disturbed.Blobs, () => folders.Where(folder => run.HasCompleted(folder.Key)).Select(folder => folder.Value).ToHashSet(StringComparer.Ordinal));
            using var stopWatching = new CancellationTokenSource();
            var watching = watch.RunAsync(stopWatching.Token);
            clock.Restart();
            var delivering = run.RunAsync();
            var outage = InjectOutageAsync(disturbed, run);
            // A run that stops making progress fails here instead of holding up the suite.
            await Task.WhenAll(delivering, outage).WaitAsync(RunDeadline);
            var runTime = clock.Elapsed;
            await stopWatching.CancelAsync();
            await watching;
            var (outageStart, outageStopped, outageEnd, halfWritten, failedDuringOutage) = await outage;

            clock.Restart();
            var after = await StoredBlobs.ContentsAsync(disturbed.Blobs);
            var reference = await StoredBlobs.ContentsAsync(undisturbed.Blobs);
            var verdict = FaultRunVerdict.Judge(events, run, after, reference);
            var compareTime = clock.Elapsed;

            var longestOpen = events.Max(e => run.OpenFor(e.Index));

            var table = new FiguresTable("Fault injection: 2,000 events, Azurite stopped and restarted mid-run")
                .Add("events (valid, to be issued / invalid, to be rejected)", $"{EventCount} ({events.Count(e => e.Valid)} / {events.Count(e => !e.Valid)})")
                .Add("concurrent deliveries", Concurrency)
                .Add("fault injected", $"Azurite sent SIGTERM after {OutageAfterCompletions} completions, at {outageStart.TotalSeconds:0.0} s; exited at {outageStopped.TotalSeconds:0.0} s; down {OutageLength.TotalSeconds:0} s; listening again at {outageEnd.TotalSeconds:0.0} s")
                .Add("deliveries answered other than 2xx during the outage", failedDuringOutage)
                .Add("notice folders left without a manifest when Azurite came back", halfWritten);
            verdict.AddFigures(run.AddFigures(table), after.Count, reference.Count)
                .Add("store listings during the run (failed while down)", $"{watch.Listings + watch.FailedListings} ({watch.FailedListings})")
                .Add("folders seen without their manifest in a listing", watch.FoldersSeenWithoutManifest)
                .Add("longest a folder was certainly visible without its manifest (listings 2 s apart)", watch.LongestSeenWithoutManifest)
                .Add("longest from first delivery to completion of one message (bounds the above)", longestOpen)
                .Add("folders seen without a manifest after their message completed", watch.Violations.Count)
                .Add("undisturbed run", cleanTime)
                .Add("disturbed run", runTime)
                .Add("comparison", compareTime)
                .WriteTo(output);

            Assert.Empty(clean.DeadLettered);
            Assert.Equal(EventCount, clean.Deliveries);
            Assert.Empty(run.DeadLettered);
            Assert.True(failedDuringOutage > 0, "The outage failed no delivery; it came too late or too short to test anything.");
            verdict.AssertAllWell();
            Assert.Empty(watch.Violations);
            Assert.All(after.Keys, path => Assert.Matches("^(notices|rejections)/", path));
        }
        finally
        {
            await disturbed.DisposeAsync();
            await undisturbed.DisposeAsync();
        }
    }

    /// <summary>Stops Azurite once enough messages have completed, keeps it down for a while, and starts it again.</summary>
    private static async Task<(TimeSpan Start, TimeSpan Stopped, TimeSpan End, int HalfWritten, int Failed)> InjectOutageAsync(HandlerServer server, ServiceBusSimulation run)
    {
        while (run.Completed < OutageAfterCompletions)
        {
            await Task.Delay(10);
        }

        var failedBefore = run.Statuses.Where(s => s.Key != 200).Sum(s => s.Value);
        var start = run.Now;
        await server.Azurite.StopGracefullyAsync();
        var stopped = run.Now;
        await Task.Delay(OutageLength);
        await server.Azurite.StartAsync();
        var end = run.Now;
        var failed = run.Statuses.Where(s => s.Key != 200).Sum(s => s.Value) - failedBefore;
        var halfWritten = StoredBlobs.FoldersWithoutManifest((await StoredBlobs.ListAsync(server.Blobs)).Keys).Count;
        return (start, stopped, end, halfWritten, failed);
    }
}
