using Kenbaarheid.Benchmarks.Workload;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Many distinct events through one pipeline on one thread, in a process of its own so its peak memory is its own.
/// The in-memory store forgets what it holds every <see cref="CpuRatioMeasurement.StoreWindow"/> notices, as in the
/// CPU run: Blob Storage keeps notices outside the process, and a store that kept them all would measure itself.
/// The run is timed in <see cref="Blocks"/> blocks, so cost per notice can be compared within one process (first
/// block against last: does a notice cost more as the run grows?) as well as between the runs of different sizes,
/// which run minutes apart on a machine whose neighbours come and go.
/// </summary>
public static class GrowthMeasurement
{
    public const int Blocks = 10;
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
            }).JitMethods;
        });

        store.Drain();
        GC.Collect();
        var blobsBefore = store.BlobsWritten;
        var bytesBefore = store.BytesWritten;
        var blockSize = notices / Blocks;
        var blocks = new List<double>(Blocks);
        var block = TimeSpan.Zero;
        for (var i = 0; i < notices; i++)
        {
            // Making the event is the sender's work: only the pipeline is on the clock.
            var bytes = workload.Event(i, "g");
            var start = CpuClock.Now();
            CpuRatioMeasurement.Issue(pipeline, store, bytes, i);
            block += CpuClock.Now() - start;
            if ((i + 1) % blockSize == 0 && blocks.Count < Blocks)
            {
                blocks.Add(block.TotalMicroseconds / blockSize);
                block = TimeSpan.Zero;
            }
        }

        return new GrowthResult(
            notices,
            blocks,
            ProcessMemory.PeakResidentMiB(),
            GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0),
            store.BlobsWritten - blobsBefore,
            store.BytesWritten - bytesBefore,
            warmupRounds * WarmupBatch);
    }
}
