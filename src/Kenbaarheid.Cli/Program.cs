using System.CommandLine;
using Kenbaarheid.Cli.Process;
using Kenbaarheid.Cli.Registry;
using Kenbaarheid.Cli.Reports;

var root = new RootCommand("Kenbaarheid turns decision events into plain-language transparency notices.")
{
    ProcessCommand.Create(),
    RegistryCommand.Create(),
    ReportCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
