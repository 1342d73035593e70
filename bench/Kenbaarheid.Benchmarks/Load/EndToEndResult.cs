namespace Kenbaarheid.Benchmarks.Load;

/// <summary>The handler against the ceiling: the same notices, the same blob uploads, the same Azurite.</summary>
public sealed record EndToEndResult(
    int Notices,
    int Concurrency,
    int BlobsPerNotice,
    double BytesPerNotice,
    LatencyRun Handler,
    LatencyRun Ceiling);
