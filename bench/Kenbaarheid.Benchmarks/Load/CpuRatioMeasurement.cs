using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Pipeline against floor on the calling thread. The rounds alternate the two over the same number of notices, so
/// both see the same neighbours on a shared machine, and the ratio is taken per round from CPU time.
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
        var floor = new FloorRenderer(workload);
        var store = new InMemoryNoticeStore();
        var pipeline = workload.BuildPipeline(store);

        // Tiered JIT: the first thousands of calls run unoptimised code; neither side is measured before it settles.
        var warmup = 0;
        var warmupRounds = TieringWarmup.Run(() => RunFloor(floor, noticesPerRound) + RunPipeline(pipeline, store, Events(workload, $"w{warmup++}", noticesPerRound)));

        var floorCosts = new List<Cost>();
        var pipelineCosts = new List<Cost>();
        for (var round = 0; round < rounds; round++)
        {
            var events = Events(workload, $"r{round}", noticesPerRound);
            floorCosts.Add(RunFloor(floor, noticesPerRound));
            pipelineCosts.Add(RunPipeline(pipeline, store, events));
        }

        var ratios = floorCosts.Zip(pipelineCosts, (f, p) => p.Cpu / f.Cpu).ToList();
        double PerNotice(IEnumerable<TimeSpan> times) => Median(times.Select(t => t.TotalMicroseconds / noticesPerRound).ToList());
        return new CpuRatioResult(
            rounds,
            noticesPerRound,
            floor.DocumentsPerNotice,
            PerNotice(floorCosts.Select(c => c.Cpu)),
            PerNotice(pipelineCosts.Select(c => c.Cpu)),
            PerNotice(floorCosts.Select(c => c.Wall)),
            PerNotice(pipelineCosts.Select(c => c.Wall)),
            Median(ratios),
            ratios.Min(),
            ratios.Max(),
            pipelineCosts.Min(c => c.Cpu).TotalMicroseconds / noticesPerRound,
            pipelineCosts.Max(c => c.Cpu).TotalMicroseconds / noticesPerRound,
            warmupRounds,
            // After the rounds, so on the same settled code; the same events and store window as a round.
            StageBreakdown.Measure(workload, noticesPerRound),
            pinning);
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

    private static List<byte[]> Events(SampleWorkload workload, string run, int count) =>
        Enumerable.Range(0, count).Select(i => workload.Event(i, run)).ToList();

    private static Cost RunFloor(FloorRenderer floor, int notices)
    {
        var characters = 0L;
        var cost = Cost.Of(() =>
        {
            for (var i = 0; i < notices; i++)
            {
                characters += floor.RenderNotice(i);
            }
        });
        return characters > 0 ? cost : throw new InvalidOperationException("The floor rendered nothing.");
    }

    private static Cost RunPipeline(NoticePipeline pipeline, InMemoryNoticeStore store, List<byte[]> events)
    {
        store.Drain();
        return Cost.Of(() =>
        {
            for (var i = 0; i < events.Count; i++)
            {
                Issue(pipeline, store, events[i], i);
            }
        });
    }
}
