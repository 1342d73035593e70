using Kenbaarheid.Events;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Cli.Process;

/// <summary>
/// The lines the process command prints: one per event, with rejection reasons indented below, then a summary.
/// Prints ids, codes and paths only — never text from the event, which may be personal data.
/// </summary>
internal sealed class OutcomeReport(TextWriter output)
{
    private int _issued;
    private int _alreadyIssued;
    private int _rejected;

    public async Task WriteAsync(EventInput input, PipelineOutcome outcome)
    {
        switch (outcome)
        {
            case PipelineOutcome.Issued issued:
                _issued++;
                _alreadyIssued += issued.AlreadyIssued ? 1 : 0;
                var flags = issued.Manifest.Flags.Count == 0 ? "no flags" : "flags: " + string.Join(", ", issued.Manifest.Flags.Select(f => $"{f.Code} ({EnumWireNames.NameOf(f.Severity)})"));
                await output.WriteLineAsync(
                    $"issued    {issued.LoggableEventId}  {issued.Folder}  [{string.Join(",", issued.Manifest.Languages)}]  {flags}{(issued.AlreadyIssued ? "  (already issued, unchanged)" : string.Empty)}").ConfigureAwait(false);
                break;
            case PipelineOutcome.Rejected rejected:
                _rejected++;
                await output.WriteLineAsync($"rejected  {rejected.LoggableEventId ?? "(no event id)"}  {input.Origin}  {rejected.Record.Reasons.Count} reason(s), record: {rejected.RecordPath}").ConfigureAwait(false);
                foreach (var reason in rejected.Record.Reasons)
                {
                    await output.WriteLineAsync($"          {reason.Code}  {(reason.Path.Length == 0 ? "(event)" : reason.Path)}  {reason.Message}").ConfigureAwait(false);
                }

                break;
            case PipelineOutcome.TransientFailure:
                await output.WriteLineAsync($"failed    {outcome.LoggableEventId ?? "(no event id)"}  {input.Origin}").ConfigureAwait(false);
                break;
        }
    }

    public Task WriteSummaryAsync(string outputFolder) =>
        output.WriteLineAsync(
            $"{_issued + _rejected} event(s): {_issued} issued{(_alreadyIssued > 0 ? $" ({_alreadyIssued} already issued before)" : string.Empty)}, {_rejected} rejected. Output: {outputFolder}");
}
