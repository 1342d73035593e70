namespace Kenbaarheid.Benchmarks.Load;

/// <summary>Throughput and per-notice latency of one run.</summary>
public sealed record LatencyRun(double NoticesPerSecond, double P50Milliseconds, double P99Milliseconds)
{
    public static LatencyRun From(int notices, TimeSpan wall, IReadOnlyList<double> latenciesMilliseconds)
    {
        var sorted = latenciesMilliseconds.Order().ToList();
        double At(double quantile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
        return new LatencyRun(notices / wall.TotalSeconds, At(0.50), At(0.99));
    }
}
