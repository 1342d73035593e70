namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Runs a piece of work until tiered compilation has settled, so that what is measured afterwards is the optimised
/// code and not the JIT at work. .NET first runs a method unoptimised, then instrumented, then optimised with what the
/// instrumentation saw (dynamic PGO), in the background, over the first thousands of calls; until that is done each
/// round is cheaper than the one before. Settled: a round costs within <see cref="Tolerance"/> of the round before.
/// </summary>
public static class TieringWarmup
{
    public const double Tolerance = 0.05;
    private const int MinRounds = 3;
    private const int MaxRounds = 30;

    /// <summary>Runs <paramref name="round"/> until its CPU time settles; returns how many rounds that took.</summary>
    public static int Run(Func<Cost> round)
    {
        var previous = round().Cpu;
        for (var rounds = 2; rounds <= MaxRounds; rounds++)
        {
            var current = round().Cpu;
            if (rounds >= MinRounds && Math.Abs((current - previous) / previous) < Tolerance)
            {
                return rounds;
            }

            previous = current;
        }

        return MaxRounds;
    }
}
