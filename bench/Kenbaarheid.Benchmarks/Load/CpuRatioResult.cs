namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// What the one-core run measured: every round's CPU microseconds per notice (floor, pipeline, stages, PDFs), from
/// which the ratio, the stage table and their spreads are taken; <see cref="WarmupRounds"/> is how many rounds tiering
/// took to settle.
/// </summary>
public sealed record CpuRatioResult(
    int Rounds,
    int NoticesPerRound,
    int DocumentsPerNotice,
    int WarmupRounds,
    IReadOnlyList<RoundCosts> Measured,
    string Pinning);
