using System.Globalization;
using BenchmarkDotNet.Running;
using Kenbaarheid.Benchmarks.Load;

// load (default): the load benchmark and its Markdown report; micro: BenchmarkDotNet, arguments passed on;
// cpu, e2e and growth: the pinned child processes the load benchmark starts.
// The report's numbers are written with "." and "," as in English, whatever the machine's culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var mode = args.Length > 0 ? args[0] : "load";
var rest = args.Skip(1).ToArray();
return mode switch
{
    "load" => await LoadCommand.RunAsync(rest),
    "micro" => BenchmarkSwitcher.FromAssembly(typeof(LoadCommand).Assembly).Run(rest).Any() ? 0 : 1,
    "cpu" => LoadCommand.RunCpuChild(rest),
    "growth" => LoadCommand.RunGrowthChild(rest),
    "e2e" => await LoadCommand.RunEndToEndChildAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Kenbaarheid.Benchmarks [load [--quick] [--rounds N] [--round-notices N] [--e2e-notices N] [--e2e-rounds N] [--concurrency N] [--growth N,N] | micro [BenchmarkDotNet arguments]]");
    return 2;
}
