
namespace Kenbaarheid.Functions.Telemetry;

/// <summary>
/// The handler's log lines. Ids, codes, paths and counts only: never the recipient, a value or free text from an
/// event, which may be personal data.
/// </summary>
internal static partial class HandlerLog
{
    [LoggerMessage(1, LogLevel.Information, "Issued {Folder} for event {EventId} (agency {AgencyId}, message {MessageId}, delivery {DeliveryCount}, already issued: {AlreadyIssued})")]
    public static partial void Issued(ILogger logger, string folder, string eventId, string agencyId, string? messageId, string? deliveryCount, bool alreadyIssued);

    [LoggerMessage(2, LogLevel.Information, "Rejected event {EventId} with {Codes}; record {RecordPath} (message {MessageId}, delivery {DeliveryCount})")]
    public static partial void Rejected(ILogger logger, string? eventId, string codes, string recordPath, string? messageId, string? deliveryCount);

    [LoggerMessage(3, LogLevel.Warning, "Event {EventId} handed back for redelivery: {Reason} (message {MessageId}, delivery {DeliveryCount})")]
    public static partial void TransientFailure(ILogger logger, string? eventId, string reason, string? messageId, string? deliveryCount);

    [LoggerMessage(19, LogLevel.Critical, "Event {EventId} handed back: the notice store refused a permission, a configuration fault no redelivery mends; the message will be dead-lettered after its last delivery, to be resent once the role is granted: {Reason} (message {MessageId}, delivery {DeliveryCount})")]
    public static partial void StoreMisconfigured(ILogger logger, string? eventId, string reason, string? messageId, string? deliveryCount);

    [LoggerMessage(20, LogLevel.Critical, "Read links for {Folder} could not be issued: the notice store refused a permission: {Reason}")]
    public static partial void LinksMisconfigured(ILogger logger, string folder, string reason);

    [LoggerMessage(21, LogLevel.Warning, "Authentication is disabled for local development: GetNotice and PreviewNotice answer anyone")]
    public static partial void AuthenticationDisabled(ILogger logger);

    [LoggerMessage(22, LogLevel.Critical, "The handler could not load its configuration and stops ({ExceptionType}): {Reason}")]
    public static partial void StartFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(4, LogLevel.Error, "The invocation for {FunctionName} holds no readable message in Data.{Binding} (message {MessageId})")]
    public static partial void UnreadableInvocation(ILogger logger, string functionName, string binding, string? messageId);

    [LoggerMessage(5, LogLevel.Warning, "Read links for {Folder} could not be issued: {Reason}")]
    public static partial void LinksUnavailable(ILogger logger, string folder, string reason);

    [LoggerMessage(6, LogLevel.Information, "Handler ready: configuration from {ConfigSource}, {AgencyCount} agencies, notice store {StoreUri}")]
    public static partial void Ready(ILogger logger, string configSource, int agencyCount, Uri storeUri);

    [LoggerMessage(8, LogLevel.Information, "Register sync made snapshot {SnapshotId} current in {Location}: {EntryCount} entries for {OrganisationCount} organisation(s)")]
    public static partial void RegistrySynced(ILogger logger, string snapshotId, string location, int entryCount, int organisationCount);

    [LoggerMessage(9, LogLevel.Error, "Register sync failed; the current snapshot in {Location} stays in use: {Reason}")]
    public static partial void RegistrySyncFailed(ILogger logger, string location, string reason);

    [LoggerMessage(10, LogLevel.Warning, "SyncRegistry ran, but Kenbaarheid__RegistrySnapshots is not set: there is nowhere to write a snapshot, so nothing was synced")]
    public static partial void RegistrySyncNotConfigured(ILogger logger);

    [LoggerMessage(11, LogLevel.Warning, "Register snapshots in {Location} cannot be served yet ({Reason}); serving the register records of the configuration until a sync completes")]
    public static partial void RegistryFallback(ILogger logger, string location, string reason);

    [LoggerMessage(12, LogLevel.Information, "Reconciliation: {Notices} notice(s), {Rejections} rejection record(s); {Unfinished} unfinished folder(s), {OpenRejections} open rejection(s); {Missing} of {Expected} expected decision(s) missing from {ExpectedLists} list(s)")]
    public static partial void Reconciled(ILogger logger, int notices, int rejections, int unfinished, int openRejections, int missing, int expected, int expectedLists);

    [LoggerMessage(13, LogLevel.Warning, "Reconciliation: unfinished notice folder {Folder} (no manifest)")]
    public static partial void UnfinishedFolder(ILogger logger, string folder);

    [LoggerMessage(14, LogLevel.Warning, "Reconciliation: open rejection of {Decision}, event {EventId}, codes {Codes}, record {RecordPath}")]
    public static partial void OpenRejection(ILogger logger, string decision, string? eventId, string codes, string recordPath);

    [LoggerMessage(15, LogLevel.Warning, "Reconciliation: expected decision {Decision} has neither a notice nor a rejection")]
    public static partial void MissingDecision(ILogger logger, string decision);

    [LoggerMessage(16, LogLevel.Warning, "Reconciliation: {Problem}")]
    public static partial void ExpectedListProblem(ILogger logger, string problem);

    [LoggerMessage(17, LogLevel.Information, "Reconciliation: {More} more {Kind} not logged one by one")]
    public static partial void MoreNotLogged(ILogger logger, int more, string kind);

    [LoggerMessage(18, LogLevel.Error, "Reconciliation could not read the store: {Reason}")]
    public static partial void ReconcileFailed(ILogger logger, string reason);

    [LoggerMessage(25, LogLevel.Information, "Message {MessageId} held its event as a JSON string, as Service Bus Explorer sends it; processed the event inside (delivery {DeliveryCount})")]
    public static partial void UnwrappedStringBody(ILogger logger, string? messageId, string? deliveryCount);
}
