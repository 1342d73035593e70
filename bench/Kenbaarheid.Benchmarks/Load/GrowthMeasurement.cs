using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Many distinct events through one pipeline on one thread, in a process of its own so its peak memory is its own.
/// The in-memory store forgets what it holds every <see cref="CpuRatioMeasurement.StoreWindow"/> notices, as in the
/// CPU run: Blob Storage keeps notices outside the process, and a store that kept them all would measure itself.
/// </summary>
public static class GrowthMeasurement
{
    private const int Warmup = 1_000;

    public static GrowthResult Measure(SampleWorkload workload, int notices)
    {
        var store = new InMemoryNoticeStore();
        var pipeline = workload.BuildPipeline(store);
        for (var i = 0; i < Warmup; i++)
        {
            CpuRatioMeasurement.Issue(pipeline, store, workload.Event(i, "w"), i);
        }

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
            store.BytesWritten - bytesBefore);
    }
}
