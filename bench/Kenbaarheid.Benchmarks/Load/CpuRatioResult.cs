namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// What the one-core run measured: medians over rounds that alternate floor and pipeline. Costs are CPU time per
/// notice (what a notice costs, whoever else shares the core); wall time is kept beside them.
/// </summary>
public sealed record CpuRatioResult(
    int Rounds,
    int NoticesPerRound,
    int DocumentsPerNotice,
    double FloorMicrosecondsPerNotice,
    double PipelineMicrosecondsPerNotice,
    double FloorWallMicrosecondsPerNotice,
    double PipelineWallMicrosecondsPerNotice,
    double MedianRatio,
    double MinRatio,
    double MaxRatio,
    IReadOnlyList<StageTime> Breakdown,
    string Pinning);
