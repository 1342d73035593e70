using System.Text.Json;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;

namespace Kenbaarheid.Cli.Validate;

/// <summary>
/// What <c>validate</c> prints. Ids are path-safe and problems are the validator's own (code, pointer, message), which
/// never repeat values from the event, so the report holds no personal data.
/// </summary>
internal static class ValidationReport
{
    public static async Task WriteTextAsync(TextWriter output, EventChecker checker, IReadOnlyList<EventCheck> results)
    {
        await output.WriteLineAsync($"checked against: {string.Join("; ", checker.Sources)}").ConfigureAwait(false);
        foreach (var skipped in checker.Skipped)
        {
            await output.WriteLineAsync($"skipped: {skipped}").ConfigureAwait(false);
        }

        foreach (var result in results)
        {
            var id = result.LoggableEventId ?? "(no event id)";
            if (result.IsValid)
            {
                var flags = result.Flags.Count == 0 ? string.Empty : "  flags: " + string.Join(", ", result.Flags.Select(f => $"{f.Code} ({EnumWireNames.NameOf(f.Severity)})"));
                await output.WriteLineAsync($"valid    {id}  {result.Input.Origin}{flags}").ConfigureAwait(false);
                continue;
            }

            await output.WriteLineAsync($"invalid  {id}  {result.Input.Origin}  {result.Problems.Count} problem(s)").ConfigureAwait(false);
            foreach (var problem in result.Problems)
            {
                await output.WriteLineAsync($"         {problem.Code}  {(problem.Path.Length == 0 ? "(event)" : problem.Path)}  {problem.Message}").ConfigureAwait(false);
            }
        }

        var valid = results.Count(result => result.IsValid);
        await output.WriteLineAsync($"{results.Count} event(s): {valid} valid, {results.Count - valid} invalid.").ConfigureAwait(false);
    }

    public static async Task WriteJsonAsync(TextWriter output, EventChecker checker, IReadOnlyList<EventCheck> results, CancellationToken cancellationToken)
    {
        var valid = results.Count(result => result.IsValid);
        var report = new
        {
            checkedAgainst = checker.Sources,
            skipped = checker.Skipped,
            events = results.Select(result => new
            {
                origin = result.Input.Origin,
                eventId = result.LoggableEventId,
                valid = result.IsValid,
                problems = result.Problems,
                flags = result.Flags.Select(flag => new { flag.Code, flag.Severity, flag.Path }),
            }),
            summary = new { events = results.Count, valid, invalid = results.Count - valid },
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(report, ExplanationDocument.Options)).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
