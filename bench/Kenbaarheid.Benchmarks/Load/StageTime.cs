namespace Kenbaarheid.Benchmarks.Load;

/// <summary>One stage's share of a notice, in microseconds.</summary>
public sealed record StageTime(string Stage, double MicrosecondsPerNotice);
