namespace Kenbaarheid.Benchmarks.Load;

/// <summary>One growth run: how many notices, how fast, and the most memory the process held.</summary>
public sealed record GrowthResult(int Notices, double NoticesPerSecond, double PeakResidentMiB, double ManagedHeapMiB, long BlobsWritten, long BytesWritten, int WarmupNotices);
