namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Runs a piece of work until tiered compilation has settled, so that what is measured afterwards is the optimised
/// code and not the JIT at work. .NET first runs a method unoptimised, then instrumented, then optimised with what the
/// instrumentation saw (dynamic PGO), in the background, over the first thousands of calls; until that is done each
/// round compiles methods and costs more than the next. Settled: a round in which the JIT compiled at most
/// <see cref="QuietMethods"/> methods, read from the runtime (<c>JitInfo</c>) rather than guessed from times, which
/// the shared machine moves more than the JIT does.
/// </summary>
public static class TieringWarmup
{
    /// <summary>A few methods a round may still compile: rare paths (the store's drain, a GC's callbacks).</summary>
    public const int QuietMethods = 5;

    private const int MinRounds = 2;
    private const int MaxRounds = 60;

    /// <summary>Runs <paramref name="round"/> (which returns the methods compiled meanwhile) until the JIT is quiet; returns how many rounds that took.</summary>
    public static int Run(Func<long> round)
    {
        for (var rounds = 1; rounds <= MaxRounds; rounds++)
        {
            var compiled = round();
            Console.Error.WriteLine($"  warm-up round {rounds}: {compiled} methods compiled");
            if (rounds >= MinRounds && compiled <= QuietMethods)
            {
                return rounds;
            }
        }

        return MaxRounds;
    }
}
