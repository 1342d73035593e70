using System.CommandLine;

namespace Kenbaarheid.Cli.Templates;

/// <summary>The <c>--templates</c> option every templates subcommand shares, with the same default as <c>process</c>.</summary>
internal static class TemplatesFolderOption
{
    public static Option<string> Create() => new("--templates")
    {
        Description = "Template folder. Default: ./templates if it exists, else the templates shipped with the tool.",
        DefaultValueFactory = _ => Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates"),
    };
}
