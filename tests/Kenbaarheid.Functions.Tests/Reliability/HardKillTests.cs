using System.Diagnostics;
using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Functions.Tests.Hosting;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Crashes, not polite stops: Azurite, and then the handler process, are killed with SIGKILL while a notice set is
/// being written, started again, and what the simulated queue had not completed is delivered again. Each event must
/// end issued or rejected exactly once, no folder may be left without its manifest, and the account must equal,
/// blob by blob, the same events run undisturbed. Each run counts that a kill really left a set half-written and
/// that messages were really delivered again, and fails if not; a run that stops making progress fails on a deadline.
/// </summary>
/// <remarks>
/// The handler is killed when a listing shows a folder with documents but no manifest, a set being written; Azurite
/// when its last save holds such a folder, since it starts again from its last save. Whether a kill leaves the set
/// half-written is still a matter of timing (it may be finished a moment later), so a run kills again, up to
/// <see cref="MaxKills"/> times, until one kill has left a half-written set.
/// </remarks>
[Collection(ReliabilityGroup.Name)]
public sealed class HardKillTests(UndisturbedRun reference, ITestOutputHelper output) : IClassFixture<UndisturbedRun>
{
    private const int MaxKills = 4;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan StorePutLatency = TimeSpan.FromMilliseconds(25);

    [Fact]
    public async Task AzuriteKilledWhileASetIsBeingWritten_EveryEventEndsExactlyOnceAndTheAccountEqualsAnUndisturbedRun()
    {
        // Azurite saves its index every five seconds and starts again from the last save, so a kill leaves a set
        // half-written only if a save caught one. A Put latency keeps sets in the writing for a while, on any machine.
        var server = new HandlerServer { Settings = UndisturbedRun.AsInAzure, StorePutLatency = StorePutLatency };
        try
        {
            await server.InitializeAsync();
            // Azurite acknowledges writes before it saves them; a message completes only once they are saved.
            var run = new ServiceBusSimulation(server, reference.Events, UndisturbedRun.Concurrency) { CompleteWhenSaved = true };
            var saves = new AzuriteSaves(server.Azurite.Location);
            var kills = new List<IReadOnlyList<string>>();
            var flushes = 0;
            using var stopWatching = new CancellationTokenSource();
            var watching = saves.WatchAsync(run, stopWatching.Token);
            var clock = Stopwatch.StartNew();
            var delivering = run.RunAsync();

            async Task ControlAsync()
            {
                while (kills.Count < MaxKills && kills.All(kill => kill.Count == 0) && await WhenSavedIndexHoldsAHalfWrittenSetAsync(saves, run, kills.Count))
                {
                    await server.Azurite.StopAsync();
                    run.LoseUnsaved();
                    kills.Add(await SavedHalfWrittenFoldersAsync(server.Azurite));
                    await server.Azurite.StartAsync();
                }

                // Nothing is left to deliver, so nothing is written any more and Azurite would not save again: a
                // graceful restart saves its index, and the last answers can complete.
                while (!delivering.IsCompleted)
                {
                    if (run.OnlyUnsavedLeft && run.Unsaved > 0)
                    {
                        var saved = DateTime.UtcNow;
                        await server.Azurite.StopGracefullyAsync();
                        await server.Azurite.StartAsync();
                        run.ConfirmSaved(saved);
                        flushes++;
                    }

                    await Task.Delay(200);
                }
            }

            await Task.WhenAll(delivering, ControlAsync()).WaitAsync(Deadline);
            var runTime = clock.Elapsed;
            await stopWatching.CancelAsync();
            await watching;

            var halfWritten = kills.SelectMany(kill => kill).Distinct(StringComparer.Ordinal).ToList();
            var end = await JudgeAsync(run, server.Blobs);
            Figures("Hard kill: Azurite sent SIGKILL while a notice set was being written", run, end, kills, halfWritten)
                .Add("answered 200 but not yet saved by Azurite when it was killed, so delivered again", run.LostUnsaved)
                .Add("Azurite index saves seen (two files, every five seconds)", saves.SavesSeen)
                .Add("graceful restarts at the end, so Azurite saves the last answers", flushes)
                .Add("latency of each Put on its way to Azurite", $"{StorePutLatency.TotalMilliseconds:0} ms")
                .Add("run (kills and restarts included)", runTime)
                .WriteTo(output);

            AssertPathsTaken(run, kills, halfWritten, run.LostUnsaved + run.MessagesDeliveredMoreThanOnce);
            end.Verdict.AssertAllWell();
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheHandlerProcessKilledWhileASetIsBeingWritten_EveryEventEndsExactlyOnceAndTheAccountEqualsAnUndisturbedRun()
    {
        var azurite = new AzuriteServer();
        await azurite.InitializeAsync();
        // Settings as environment variables, as the host passes app settings on; ProcessDecision asks for no token.
        var settings = TestTokenIssuer.NeverAsked.ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!, StringComparer.Ordinal);
        settings["NoticeStore"] = azurite.ConnectionString;
        settings["NoticeStore__MaxRetries"] = "3";
        settings["Logging__LogLevel__Default"] = "Warning";
        var handler = new HandlerProcess(settings);
        try
        {
            await handler.StartAsync();
            // While the handler restarts, deliveries wait, as the host sends no invocation to a worker that is down.
            var run = new ServiceBusSimulation(envelope => handler.InvokeAsync("ProcessDecision", envelope), reference.Events, UndisturbedRun.Concurrency)
            {
                WhenHandlerReady = () => handler.Ready,
            };
            var blobs = new BlobServiceClient(azurite.ConnectionString);
            var kills = new List<IReadOnlyList<string>>();
            var clock = Stopwatch.StartNew();
            var delivering = run.RunAsync();

            async Task ControlAsync()
            {
                while (kills.Count < MaxKills && kills.All(kill => kill.Count == 0) && await WhenSetIsBeingWrittenAsync(blobs, run, kills.Count))
                {
                    await handler.KillAsync();
                    // Azurite may still finish a write the handler had sent in full before it died.
                    await Task.Delay(500);
                    kills.Add(await StoredBlobs.HalfWrittenFoldersAsync(blobs));
                    await handler.StartAsync();
                }
            }

            await Task.WhenAll(delivering, ControlAsync()).WaitAsync(Deadline);
            var runTime = clock.Elapsed;

            var halfWritten = kills.SelectMany(kill => kill).Distinct(StringComparer.Ordinal).ToList();
            var end = await JudgeAsync(run, blobs);
            Figures("Hard kill: the handler process sent SIGKILL while a notice set was being written", run, end, kills, halfWritten)
                .Add("messages whose delivery got no answer (the handler died under it), delivered again", run.MessagesWithUnansweredDelivery)
                .Add("run (kills and restarts included)", runTime)
                .WriteTo(output);

            AssertPathsTaken(run, kills, halfWritten, run.MessagesWithUnansweredDelivery);
            end.Verdict.AssertAllWell();
        }
        finally
        {
            await handler.DisposeAsync();
            await azurite.DisposeAsync();
        }
    }

    /// <summary>
    /// Waits until the run has gone on a while (further with each kill) and Azurite's last save holds a folder with
    /// documents but no manifest, so a kill now leaves it half-written; false when the run has nothing left to deliver
    /// first. (Azurite starts again from its last save, so what the store shows at the moment of the kill says little.)
    /// </summary>
    private static async Task<bool> WhenSavedIndexHoldsAHalfWrittenSetAsync(AzuriteSaves saves, ServiceBusSimulation run, int killsSoFar)
    {
        await WhenRunHasGoneOnAsync(run, killsSoFar);
        DateTime? looked = null;
        while (!run.OnlyUnsavedLeft)
        {
            if (saves.BlobIndexSaved is { } saved && saved != looked)
            {
                looked = saved;
                if (saves.HalfWrittenInSavedIndex().Count > 0 && saves.BlobIndexSaved == saved)
                {
                    return true;
                }
            }

            await Task.Delay(20);
        }

        return false;
    }

    private static async Task WhenRunHasGoneOnAsync(ServiceBusSimulation run, int killsSoFar)
    {
        var progress = (killsSoFar + 1) * UndisturbedRun.EventCount / (MaxKills + 2);
        while (run.Deliveries < progress && !run.OnlyUnsavedLeft)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Waits until the run has gone on a while (further with each kill) and a listing shows a folder with documents
    /// but no manifest; false when the run has nothing left to deliver first.
    /// </summary>
    private static async Task<bool> WhenSetIsBeingWrittenAsync(BlobServiceClient blobs, ServiceBusSimulation run, int killsSoFar)
    {
        await WhenRunHasGoneOnAsync(run, killsSoFar);

        while (!run.OnlyUnsavedLeft)
        {
            try
            {
                if ((await StoredBlobs.HalfWrittenFoldersAsync(blobs)).Count > 0)
                {
                    return true;
                }
            }
            catch (global::Azure.RequestFailedException)
            {
                // Azurite restarting after an earlier kill: look again.
            }

            await Task.Delay(10);
        }

        return false;
    }

    /// <summary>
    /// The folders a killed Azurite had saved half-written, read through a second Azurite on its data folder and
    /// another port, before the handler's retries and the redeliveries can reach them.
    /// </summary>
    private static async Task<IReadOnlyList<string>> SavedHalfWrittenFoldersAsync(AzuriteServer killed)
    {
        var inspection = AzuriteServer.OnDataOf(killed);
        try
        {
            await inspection.InitializeAsync();
            var halfWritten = await StoredBlobs.HalfWrittenFoldersAsync(new BlobServiceClient(inspection.ConnectionString));
            await inspection.StopGracefullyAsync();
            return halfWritten;
        }
        finally
        {
            await inspection.DisposeAsync();
        }
    }

    private async Task<(FaultRunVerdict Verdict, int Blobs)> JudgeAsync(ServiceBusSimulation run, BlobServiceClient blobs)
    {
        var after = await StoredBlobs.ContentsAsync(blobs);
        return (FaultRunVerdict.Judge(reference.Events, run, after, reference.Blobs), after.Count);
    }

    private FiguresTable Figures(string title, ServiceBusSimulation run, (FaultRunVerdict Verdict, int Blobs) end, List<IReadOnlyList<string>> kills, List<string> halfWritten) =>
        end.Verdict.AddFigures(run.AddFigures(new FiguresTable(title)
            .Add("events (valid, to be issued / invalid, to be rejected)", $"{reference.Events.Count} ({reference.Events.Count(e => e.Valid)} / {reference.Events.Count(e => !e.Valid)})")
            .Add("concurrent deliveries", UndisturbedRun.Concurrency)
            .Add("kills (until one left a set half-written; at most)", $"{kills.Count} ({MaxKills})")
            .Add("notice folders left with documents but no manifest, by kill", string.Join(", ", kills.Select(kill => kill.Count)))
            .Add("… of them holding their complete set at the end (completed by a redelivery)", halfWritten.Count(folder => !end.Verdict.Unfinished.Contains(folder)))),
            end.Blobs,
            reference.Blobs.Count);

    private static void AssertPathsTaken(ServiceBusSimulation run, List<IReadOnlyList<string>> kills, List<string> halfWritten, int redelivered)
    {
        Assert.Empty(run.DeadLettered);
        Assert.True(kills.Count > 0, "The run ended before a set was seen being written: nothing was killed.");
        Assert.True(halfWritten.Count > 0, $"None of {kills.Count} kills left a notice set half-written: the half-written-set path was not taken.");
        Assert.True(redelivered > 0, "No message was delivered again after a kill: the redelivery path was not taken.");
    }
}
