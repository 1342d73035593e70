using System.CommandLine;
using Kenbaarheid.Cli.DeadLetters;
using Kenbaarheid.Cli.Process;
using Kenbaarheid.Cli.Reconcile;
using Kenbaarheid.Cli.Registry;
using Kenbaarheid.Cli.Reports;
using Kenbaarheid.Cli.Send;
using Kenbaarheid.Cli.Templates;
using Kenbaarheid.Cli.Validate;

var root = new RootCommand("Kenbaarheid turns decision events into plain-language transparency notices.")
{
    ProcessCommand.Create(),
    ValidateCommand.Create(),
    SendCommand.Create(),
    DeadLettersCommand.Create(),
    RegistryCommand.Create(),
    ReportCommand.Create(),
    ReconcileCommand.Create(),
    TemplatesCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
