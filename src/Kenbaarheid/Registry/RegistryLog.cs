using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Registry;

/// <summary>
/// Everything the register stage logs. Only addresses, ids, counts and our own error messages: a register record
/// holds no personal data, and nothing from a decision event passes through here.
/// </summary>
internal static partial class RegistryLog
{
    [LoggerMessage(4101, LogLevel.Warning, "The register answered {Status} to {Request}; retry {Attempt} in {Delay}.")]
    public static partial void RetryingAfterStatus(this ILogger logger, int status, string request, int attempt, TimeSpan delay);

    [LoggerMessage(4102, LogLevel.Warning, "The register did not answer {Request} ({Reason}); retry {Attempt} in {Delay}.")]
    public static partial void RetryingAfterFailure(this ILogger logger, string request, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(4110, LogLevel.Information, "Register sync started for {OrgCount} organisation(s) at {BaseAddress}.")]
    public static partial void SyncStarted(this ILogger logger, int orgCount, Uri baseAddress);

    [LoggerMessage(4111, LogLevel.Information, "Register sync wrote snapshot {SnapshotId} with {EntryCount} entries and made it current.")]
    public static partial void SyncSucceeded(this ILogger logger, string snapshotId, int entryCount);

    [LoggerMessage(4112, LogLevel.Error, "Register sync failed; the current snapshot stays as it was. {Reason}")]
    public static partial void SyncFailed(this ILogger logger, string reason, Exception exception);

    [LoggerMessage(4120, LogLevel.Information, "Now serving register snapshot {SnapshotId} taken at {TakenAt} ({EntryCount} entries).")]
    public static partial void SnapshotLoaded(this ILogger logger, string snapshotId, DateTimeOffset? takenAt, int entryCount);

    [LoggerMessage(4121, LogLevel.Warning, "Cannot read the newest register snapshot; still serving the last good snapshot {SnapshotId} taken at {TakenAt}. {Reason}")]
    public static partial void KeepsLastSnapshot(this ILogger logger, string? snapshotId, DateTimeOffset? takenAt, string reason);

    [LoggerMessage(4122, LogLevel.Warning, "The register sync of {AttemptedAt} failed ({Reason}); still serving the last good snapshot {SnapshotId} taken at {TakenAt}.")]
    public static partial void SyncFailedServingLastSnapshot(this ILogger logger, DateTimeOffset attemptedAt, string reason, string? snapshotId, DateTimeOffset? takenAt);

    [LoggerMessage(4123, LogLevel.Warning, "Register snapshot {SnapshotId} was taken at {TakenAt}, {Age} ago; no newer snapshot has been written. Check the register sync.")]
    public static partial void SnapshotStale(this ILogger logger, string? snapshotId, DateTimeOffset? takenAt, TimeSpan age);
}
