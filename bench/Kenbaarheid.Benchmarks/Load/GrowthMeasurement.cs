using Kenbaarheid.Benchmarks.Workload;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Many distinct events through one pipeline on one thread, in a process of its own so its peak memory is its own.
/// The in-memory store forgets what it holds every <see cref="CpuRatioMeasurement.StoreWindow"/> notices, as in the
/// CPU run: Blob Storage keeps notices outside the process, and a store that kept them all would measure itself.
/// </summary>
public static class GrowthMeasurement
{
    private const int WarmupBatch = 500;

    public static GrowthResult Measure(SampleWorkload workload, int notices)
    {
        var store = new InMemoryNoticeStore();
        var pipeline = workload.BuildPipeline(store);
        // Until tiering has settled: otherwise the JIT's work is counted as the pipeline's, and more in the smaller run.
        var batch = 0;
        var warmupRounds = TieringWarmup.Run(() =>
        {
            var events = Enumerable.Range(0, WarmupBatch).Select(i => workload.Event(i, $"w{batch}")).ToList();
            batch++;
            return Cost.Of(() =>
            {
                for (var i = 0; i < events.Count; i++)
                {
                    CpuRatioMeasurement.Issue(pipeline, store, events[i], i);
                }
            });
        });

        store.Drain();
        var blobsBefore = store.BlobsWritten;
        var bytesBefore = store.BytesWritten;
        var processing = TimeSpan.Zero;
        for (var i = 0; i < notices; i++)
        {
            // Making the event is the sender's work: only the pipeline is on the clock.
            var bytes = workload.Event(i, "g");
            var start = CpuClock.Now();
            CpuRatioMeasurement.Issue(pipeline, store, bytes, i);
            processing += CpuClock.Now() - start;
        }

        return new GrowthResult(
            notices,
            notices / processing.TotalSeconds,
            ProcessMemory.PeakResidentMiB(),
            GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0),
            store.BlobsWritten - blobsBefore,
            store.BytesWritten - bytesBefore,
            warmupRounds * WarmupBatch);
    }
}
