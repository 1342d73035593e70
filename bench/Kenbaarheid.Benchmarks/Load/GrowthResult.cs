namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// One growth run: how many notices, the CPU microseconds per notice of each tenth of the run in order, and the most
/// memory the process held.
/// </summary>
public sealed record GrowthResult(int Notices, IReadOnlyList<double> BlockMicroseconds, double PeakResidentMiB, double ManagedHeapMiB, long BlobsWritten, long BytesWritten, int WarmupNotices)
{
    /// <summary>The median block's CPU microseconds per notice: the run's cost per notice, bursts of neighbours set aside.</summary>
    public double MicrosecondsPerNotice => CpuRatioMeasurement.Median(BlockMicroseconds);
}
