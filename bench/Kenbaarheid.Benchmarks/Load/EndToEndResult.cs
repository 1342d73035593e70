namespace Kenbaarheid.Benchmarks.Load;

/// <summary>The handler against the ceiling: the same notices, the same blob uploads, the same Azurite, in alternating rounds.</summary>
public sealed record EndToEndResult(
    int Rounds,
    int NoticesPerRound,
    int Concurrency,
    int BlobsPerNotice,
    int WarmupNotices,
    double BytesPerNotice,
    IReadOnlyList<EndToEndRound> Measured,
    string Pinning);
