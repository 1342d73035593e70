using System.CommandLine;
using Kenbaarheid.Rendering;
using Kenbaarheid.Tooling.Templates.Checking;

namespace Kenbaarheid.Cli.Templates;

/// <summary><c>kenbaarheid templates check</c>: every template against every fixture, with precise findings and readability figures.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var templates = TemplatesFolderOption.Create();
        var fixtures = new Option<string?>("--fixtures")
        {
            Description = "Fixture folder (events/, agencies/, registry/). Default: fixtures/ in the template folder.",
        };
        var command = new Command(
            "check",
            "Compile every template, render it against every fixture in every language and check section markers, escaping, scripts, "
            + "external resources and the draft banner; report readability per language and section against readability.json. "
            + "Exit code 0: no findings; 3: findings (one line each: template file:line [fixture] rule message); 1: the templates or fixtures cannot be read.")
        {
            templates, fixtures,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var report = await new TemplateChecker().CheckAsync(parse.GetRequiredValue(templates), parse.GetValue(fixtures), cancellationToken).ConfigureAwait(false);
                await CheckReportWriter.WriteAsync(report, output).ConfigureAwait(false);
                return report.Passed ? ExitCodes.Success : ExitCodes.CheckFailed;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or TemplateException)
            {
                await error.WriteLineAsync($"Cannot check: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.SystemFailure;
            }
        });
        return command;
    }
}
