using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Pipeline against floor, and the pipeline stage by stage, on the calling thread, in rounds (<see cref="RoundPasses"/>)
/// after tiered compilation has settled. The ratio and every stage's share are taken per round, so neighbours on a
/// shared machine move both sides of each alike.
/// </summary>
public static class CpuRatioMeasurement
{
    /// <summary>
    /// How many notices the in-memory store holds before it forgets them. Blob Storage keeps notices outside the
    /// process, so the pipeline's buffers die young there; a store that kept thousands would make the GC promote
    /// and trace them, and measure itself rather than the pipeline.
    /// </summary>
    public const int StoreWindow = 100;

    public static CpuRatioResult Measure(SampleWorkload workload, int rounds, int noticesPerRound, string pinning)
    {
        var passes = new RoundPasses(workload);

        // Tiered JIT: the first thousands of calls run unoptimised code; nothing is measured before it settles.
        var warmup = 0;
        var warmupRounds = TieringWarmup.Run(() => passes.Run($"w{warmup}", noticesPerRound, reversed: warmup++ % 2 == 1).JitMethods);

        var measured = Enumerable.Range(0, rounds).Select(round => passes.Run($"r{round}", noticesPerRound, reversed: round % 2 == 1)).ToList();
        return new CpuRatioResult(rounds, noticesPerRound, passes.DocumentsPerNotice, warmupRounds, measured, pinning);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Processes one event and checks it became a new notice; drains the store every <see cref="StoreWindow"/> notices.</summary>
    public static void Issue(NoticePipeline pipeline, InMemoryNoticeStore store, byte[] eventBytes, long index)
    {
        // The in-memory store completes synchronously, so the whole notice runs on this thread.
        var outcome = pipeline.ProcessAsync(eventBytes).GetAwaiter().GetResult();
        if (outcome is not PipelineOutcome.Issued { AlreadyIssued: false })
        {
            throw new InvalidOperationException($"A workload event was not issued: {outcome}.");
        }

        if ((index + 1) % StoreWindow == 0)
        {
            store.Drain();
        }
    }
}
