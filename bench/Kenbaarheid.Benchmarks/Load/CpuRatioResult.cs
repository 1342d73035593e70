namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// What the one-core run measured: medians over rounds that alternate floor and pipeline. Costs are CPU time per
/// notice (what a notice costs, whoever else shares the core); wall time is kept beside them. The pipeline's
/// cheapest and dearest round give the spread; <see cref="WarmupRounds"/> is how many rounds tiering took to settle.
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
    double PipelineMinMicrosecondsPerNotice,
    double PipelineMaxMicrosecondsPerNotice,
    int WarmupRounds,
    IReadOnlyList<StageTime> Breakdown,
    string Pinning);
