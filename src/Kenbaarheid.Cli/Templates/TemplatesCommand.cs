using System.CommandLine;

namespace Kenbaarheid.Cli.Templates;

/// <summary><c>kenbaarheid templates</c>: the commands legal teams and template authors use.</summary>
internal static class TemplatesCommand
{
    public static Command Create() => new(
        "templates",
        "Check, review and approve the notice templates. Production rendering uses approved templates only.")
    {
        CheckCommand.Create(),
        ReviewCommand.Create(),
        ApproveCommand.Create(),
    };
}
