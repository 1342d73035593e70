using System.CommandLine;
using Kenbaarheid.Cli.Process;

var root = new RootCommand("Kenbaarheid turns decision events into plain-language transparency notices.")
{
    ProcessCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
