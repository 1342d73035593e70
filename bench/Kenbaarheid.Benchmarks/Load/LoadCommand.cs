using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Kenbaarheid.Benchmarks.Workload;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// The load benchmark: the CPU ratio, the end-to-end ratio and the growth runs, each in a pinned child process,
/// then one Markdown report. Every ratio compares two things measured in the same run on the same machine.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var options = LoadOptions.Parse(arguments);
        var started = Stopwatch.StartNew();
        var loadBefore = LoadAverage();

        Console.Error.WriteLine($"1/3 CPU floor ratio: {options.Rounds} rounds of {options.RoundNotices} notices, pinned …");
        var cpu = await PinnedChild.RunAsync<CpuRatioResult>(
            "cpu", options.Rounds.ToString(CultureInfo.InvariantCulture), options.RoundNotices.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        cpu = cpu with { Pinning = PinnedChild.Pinning };

        Console.Error.WriteLine($"2/3 end to end: {options.EndToEndRounds} rounds of {options.EndToEndNotices / options.EndToEndRounds} notices at concurrency {options.Concurrency}, handler and ceiling against Azurite, pinned …");
        var endToEnd = await PinnedChild.RunAsync<EndToEndResult>(
            "e2e",
            options.EndToEndRounds.ToString(CultureInfo.InvariantCulture),
            (options.EndToEndNotices / options.EndToEndRounds).ToString(CultureInfo.InvariantCulture),
            options.Concurrency.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        endToEnd = endToEnd with { Pinning = EndToEndMeasurement.Pinning };

        var growth = new List<GrowthResult>();
        foreach (var notices in options.GrowthNotices)
        {
            Console.Error.WriteLine($"3/3 growth: {notices} notices, pinned …");
            growth.Add(await PinnedChild.RunAsync<GrowthResult>("growth", notices.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false));
        }

        var machine = new MachineDescription(
            Environment.ProcessorCount,
            CpuModel(),
            RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription,
            loadBefore,
            LoadAverage());
        Console.WriteLine(LoadReport.Markdown(machine, options, cpu, endToEnd, growth, started.Elapsed));
        return 0;
    }

    /// <summary>The child's side of <c>cpu</c>: runs on the core it was pinned to.</summary>
    public static int RunCpuChild(IReadOnlyList<string> arguments)
    {
        var workload = SampleWorkload.Load();
        PinnedChild.Report(CpuRatioMeasurement.Measure(
            workload, int.Parse(arguments[0], CultureInfo.InvariantCulture), int.Parse(arguments[1], CultureInfo.InvariantCulture), pinning: string.Empty));
        return 0;
    }

    /// <summary>The child's side of <c>e2e</c>: the handler and the ceiling's client on this core, Azurite on another.</summary>
    public static async Task<int> RunEndToEndChildAsync(IReadOnlyList<string> arguments)
    {
        var workload = await SampleWorkload.LoadAsync().ConfigureAwait(false);
        int Number(int i) => int.Parse(arguments[i], CultureInfo.InvariantCulture);
        PinnedChild.Report(await EndToEndMeasurement.MeasureAsync(workload, Number(0), Number(1), Number(2)).ConfigureAwait(false));
        return 0;
    }

    /// <summary>The child's side of <c>growth</c>.</summary>
    public static int RunGrowthChild(IReadOnlyList<string> arguments)
    {
        var workload = SampleWorkload.Load();
        PinnedChild.Report(GrowthMeasurement.Measure(workload, int.Parse(arguments[0], CultureInfo.InvariantCulture)));
        return 0;
    }

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(' ', File.ReadAllText(loadavg).Split(' ').Take(3)) : "n/a";
    }
}
