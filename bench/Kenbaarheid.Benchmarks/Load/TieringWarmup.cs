namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Runs a piece of work until tiered compilation has settled, so that what is measured afterwards is the optimised
/// code and not the JIT at work. .NET first runs a method unoptimised, then instrumented, then optimised with what the
/// instrumentation saw (dynamic PGO), in the background, over the first thousands of calls; until that is done each
/// round compiles methods and costs more than the next. Settled: <see cref="QuietRounds"/> rounds in a row in which the
/// JIT compiled at most <see cref="QuietMethods"/> methods, read from the runtime (<c>JitInfo</c>) rather than guessed
/// from times, which the shared machine moves more than the JIT does. One quiet round is not enough: the runtime
/// promotes methods in bursts, and a quiet round was seen followed by one compiling 500.
/// </summary>
public static class TieringWarmup
{
    /// <summary>A few methods a round may still compile: rare paths (the store's drain, a GC's callbacks).</summary>
    public const int QuietMethods = 5;

    /// <summary>Quiet rounds in a row that count as settled.</summary>
    public const int QuietRounds = 3;

    private const int MaxRounds = 80;

    /// <summary>Runs <paramref name="round"/> (which returns the methods compiled meanwhile) until the JIT is quiet; returns how many rounds that took.</summary>
    public static int Run(Func<long> round)
    {
        var quiet = 0;
        for (var rounds = 1; rounds <= MaxRounds; rounds++)
        {
            var compiled = round();
            Console.Error.WriteLine($"  warm-up round {rounds}: {compiled} methods compiled");
            quiet = compiled <= QuietMethods ? quiet + 1 : 0;
            if (quiet == QuietRounds)
            {
                return rounds;
            }
        }

        return MaxRounds;
    }
}
