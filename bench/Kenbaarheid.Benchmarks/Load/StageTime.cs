namespace Kenbaarheid.Benchmarks.Load;

/// <summary>One stage's share of a notice, in microseconds: the median of the repeats, and the lowest and highest.</summary>
public sealed record StageTime(string Stage, double MicrosecondsPerNotice, double Min, double Max);
