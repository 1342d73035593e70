using System.CommandLine;
using Kenbaarheid.Cli.Process;

namespace Kenbaarheid.Cli.Validate;

/// <summary>
/// <c>kenbaarheid validate</c>: checks events offline, with the pipeline's own validator, and reports every problem with
/// the code, JSON Pointer and message a rejection record would carry. For agency developers' build pipelines.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var inputs = EventInputReader.CreateArgument();
        var format = new Option<ReportFormat>("--format")
        {
            Description = "text (default): one line per event, problems indented below, then a summary; json: one document for machines.",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var checks = new EventCheckOptions();

        var command = new Command(
            "validate",
            "Check decision events against the contract without sending or storing anything: every problem of every event, with the code, "
            + "JSON Pointer and message of a rejection record. Stores nothing and needs no network. "
            + "Exit code 0: every event is valid; 3: at least one is not; 2: wrong usage, such as a path that does not exist; 1: the profiles or register cannot be read.")
        {
            inputs, format,
        };
        checks.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetRequiredValue(inputs);
            var error = parse.InvocationConfiguration.Error;
            if (await EventInputReader.ReportMissingAsync(paths, error).ConfigureAwait(false))
            {
                return ExitCodes.UsageError;
            }

            var (checker, exitCode) = await checks.CreateCheckerAsync(parse, error, cancellationToken).ConfigureAwait(false);
            if (checker is null)
            {
                return exitCode;
            }

            var results = new List<EventCheck>();
            await foreach (var input in EventInputReader.ReadAsync(paths, cancellationToken).ConfigureAwait(false))
            {
                results.Add(checker.Check(input));
            }

            var output = parse.InvocationConfiguration.Output;
            await (parse.GetValue(format) == ReportFormat.Json
                ? ValidationReport.WriteJsonAsync(output, checker, results, cancellationToken)
                : ValidationReport.WriteTextAsync(output, checker, results)).ConfigureAwait(false);
            return results.All(result => result.IsValid) ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return command;
    }
}
