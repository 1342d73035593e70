using Kenbaarheid.Functions.Invocation;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Functions.Timers;
using Kenbaarheid.Registry;
using Kenbaarheid.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kenbaarheid.Functions.Endpoints;

/// <summary>
/// The timer functions. The host posts the timer's envelope to <c>/{FunctionName}</c>; nothing in it matters here.
/// A 2xx tells the host the run succeeded; a 5xx fails it, and the function's retry policy runs it again.
/// </summary>
public static class TimerEndpoints
{
    /// <summary>How many unfinished folders, open rejections or missing decisions are logged one by one; the counts say the rest.</summary>
    public const int ItemsLogged = 50;

    /// <summary>
    /// 200 when a new snapshot is current; 500 when the register or the snapshot store failed (the last snapshot stays).
    /// The job exists only with <c>Kenbaarheid__RegistrySnapshots</c> set (<see cref="Composition.RegistryServices"/>).
    /// </summary>
    public static async Task<JsonHttpResult<InvocationResponse>> SyncRegistryAsync(
        [FromServices] RegistrySyncJob? job, OperationsTelemetry telemetry, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(HandlerEndpoints.SyncRegistryFunction);
        if (job is null)
        {
            HandlerLog.RegistrySyncNotConfigured(logger);
            return Answer(StatusCodes.Status200OK, "Kenbaarheid__RegistrySnapshots is not set; nothing to sync.");
        }

        try
        {
            var result = await job.RunAsync(cancellationToken).ConfigureAwait(false);
            telemetry.SyncSucceeded(result.EntryCount);
            HandlerLog.RegistrySynced(logger, result.SnapshotId, job.Location, result.EntryCount, result.Organisations.Count);
            return Answer(StatusCodes.Status200OK, $"Snapshot {result.SnapshotId} is current: {result.EntryCount} entries for {string.Join(", ", result.Organisations.Select(o => o.OrgId))}.");
        }
        catch (Exception exception) when (exception is RegisterRequestException or IOException or UnauthorizedAccessException)
        {
            telemetry.SyncFailed();
            HandlerLog.RegistrySyncFailed(logger, job.Location, exception.Message);
            return Answer(StatusCodes.Status500InternalServerError, $"Register sync failed; the current snapshot stays in use. {exception.Message}");
        }
    }

    /// <summary>200 with the counts whatever they are (findings are data, not a failed run); 500 when the store cannot be read.</summary>
    public static async Task<JsonHttpResult<InvocationResponse>> ReconcileAsync(
        ReconcileJob job, OperationsTelemetry telemetry, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(HandlerEndpoints.ReconcileFunction);
        ReconcileRun run;
        try
        {
            run = await job.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NoticeStoreUnavailableException exception)
        {
            HandlerLog.ReconcileFailed(logger, exception.Message);
            return Answer(StatusCodes.Status500InternalServerError, $"Reconciliation could not read the store. {exception.Message}");
        }

        var report = run.Report;
        telemetry.Reconciled(report);
        foreach (var problem in run.ListProblems)
        {
            HandlerLog.ExpectedListProblem(logger, problem);
        }

        LogEach(logger, report.Unfinished, "unfinished folder(s)", folder => HandlerLog.UnfinishedFolder(logger, folder.Folder));
        LogEach(logger, report.OpenRejections, "open rejection(s)", open => HandlerLog.OpenRejection(logger, open.Decision, open.LoggableEventId, string.Join(' ', open.Codes), open.RecordPath));
        LogEach(logger, report.Missing, "missing decision(s)", decision => HandlerLog.MissingDecision(logger, decision.ToString()));
        HandlerLog.Reconciled(logger, report.Notices, report.Rejections, report.Unfinished.Count, report.OpenRejections.Count, report.Missing.Count, report.ExpectedCount, run.ExpectedLists);
        return Answer(
            StatusCodes.Status200OK,
            $"{report.Notices} notice(s), {report.Rejections} rejection record(s); {report.Unfinished.Count} unfinished folder(s), "
            + $"{report.OpenRejections.Count} open rejection(s), {report.Missing.Count} of {report.ExpectedCount} expected decision(s) missing.");
    }

    private static void LogEach<T>(ILogger logger, IReadOnlyList<T> items, string kind, Action<T> log)
    {
        foreach (var item in items.Take(ItemsLogged))
        {
            log(item);
        }

        if (items.Count > ItemsLogged)
        {
            HandlerLog.MoreNotLogged(logger, items.Count - ItemsLogged, kind);
        }
    }

    private static JsonHttpResult<InvocationResponse> Answer(int status, string log) =>
        TypedResults.Json(new InvocationResponse(new Dictionary<string, object?>(), [log], null), statusCode: status, contentType: "application/json");
}
