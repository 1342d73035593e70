using System.Globalization;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// The load run's sizes. The defaults finish in a few minutes on two shared cores and are what BENCHMARKS.md shows;
/// <c>--quick</c> shrinks everything to check the tool itself in well under a minute.
/// </summary>
public sealed record LoadOptions(int Rounds, int RoundNotices, int EndToEndNotices, int EndToEndRounds, int Concurrency, IReadOnlyList<int> GrowthNotices)
{
    public static readonly LoadOptions Default = new(Rounds: 15, RoundNotices: 300, EndToEndNotices: 2_000, EndToEndRounds: 16, Concurrency: 16, GrowthNotices: [10_000, 100_000]);

    public static readonly LoadOptions Quick = new(Rounds: 3, RoundNotices: 100, EndToEndNotices: 100, EndToEndRounds: 2, Concurrency: 16, GrowthNotices: [1_000, 2_000]);

    public static LoadOptions Parse(IReadOnlyList<string> arguments)
    {
        var options = arguments.Contains("--quick") ? Quick : Default;
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            var value = arguments[i + 1];
            options = arguments[i] switch
            {
                "--rounds" => options with { Rounds = Number(value) },
                "--round-notices" => options with { RoundNotices = Number(value) },
                "--e2e-notices" => options with { EndToEndNotices = Number(value) },
                "--e2e-rounds" => options with { EndToEndRounds = Number(value) },
                "--concurrency" => options with { Concurrency = Number(value) },
                "--growth" => options with { GrowthNotices = value.Split(',').Select(Number).ToList() },
                _ => options,
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
