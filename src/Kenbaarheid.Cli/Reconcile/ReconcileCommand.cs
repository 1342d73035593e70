using System.CommandLine;
using System.Text;
using Kenbaarheid.Cli.Storage;
using Kenbaarheid.Reconciliation;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Cli.Reconcile;

/// <summary>
/// <c>kenbaarheid reconcile</c>: holds an agency's list of decisions sent against the store, so no decision goes
/// without its notice unnoticed. Prints ids, paths and codes only.
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create()
    {
        var expected = new Option<string>("--expected")
        {
            Description = "The agency's list of decisions sent: one 'agencyId,decisionId[,revision]' per line (no revision: any revision); blank lines and lines starting with # are skipped.",
            Required = true,
        };
        var store = new Option<string>("--store")
        {
            Description = StoreLocation.Description + " Default: out.",
            DefaultValueFactory = _ => "out",
        };

        var command = new Command(
            "reconcile",
            "List the expected decisions with neither a notice nor a rejection, notice folders without a manifest (unfinished writes), and rejections with no notice since (open). "
            + "Exit code 0: every decision has its notice; 1: the store could not be read; 2: wrong usage, such as a malformed line in --expected; "
            + "3: a decision lacks its notice (missing, unfinished or open rejection).")
        {
            expected, store,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(expected),
            parse.GetRequiredValue(store),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string expectedPath, string storeValue, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(expectedPath))
        {
            await error.WriteLineAsync($"Not found: --expected '{expectedPath}'.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var list = ExpectedDecisionList.Parse(await File.ReadAllTextAsync(expectedPath, Encoding.UTF8, cancellationToken).ConfigureAwait(false), expectedPath);
        if (list.Problems.Count > 0)
        {
            foreach (var problem in list.Problems)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            return ExitCodes.UsageError;
        }

        if (StoreLocation.Open(storeValue, out var storeProblem) is not { } store)
        {
            await error.WriteLineAsync(storeProblem).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        ReconciliationReport report;
        try
        {
            report = await StoreReconciler.ReconcileAsync(store, list.Decisions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NoticeStoreUnavailableException)
        {
            await error.WriteLineAsync($"Cannot read the store: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.SystemFailure;
        }

        var states = report.Expected!;
        await output.WriteLineAsync(
            $"expected    {report.ExpectedCount} decision(s): {states[ExpectedDecisionState.Issued]} issued, {states[ExpectedDecisionState.Rejected]} rejected without a notice since, "
            + $"{states[ExpectedDecisionState.Unfinished]} unfinished, {states[ExpectedDecisionState.Missing]} missing").ConfigureAwait(false);
        await output.WriteLineAsync($"store       {report.Notices} notice(s), {report.Rejections} rejection record(s) in {store.Location}").ConfigureAwait(false);
        foreach (var decision in report.Missing)
        {
            await output.WriteLineAsync($"missing     {decision}  (line {decision.Line}): neither a notice nor a rejection").ConfigureAwait(false);
        }

        foreach (var folder in report.Unfinished)
        {
            await output.WriteLineAsync($"unfinished  {folder.Folder}  no manifest.json").ConfigureAwait(false);
        }

        foreach (var open in report.OpenRejections)
        {
            await output.WriteLineAsync($"open        {open.Decision}  event {open.LoggableEventId ?? "(no id)"}  {string.Join(' ', open.Codes)}  {open.RecordPath}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"{report.Missing.Count} missing, {report.Unfinished.Count} unfinished, {report.OpenRejections.Count} open rejection(s)"
            + (report.DecisionsLackNotices ? ": decisions lack their notice." : ": every decision has its notice.")).ConfigureAwait(false);
        return report.DecisionsLackNotices ? ExitCodes.CheckFailed : ExitCodes.Success;
    }
}
