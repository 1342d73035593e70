using Microsoft.Extensions.Logging;

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

    [LoggerMessage(4, LogLevel.Error, "The invocation for {FunctionName} holds no readable message in Data.{Binding} (message {MessageId})")]
    public static partial void UnreadableInvocation(ILogger logger, string functionName, string binding, string? messageId);

    [LoggerMessage(5, LogLevel.Warning, "Read links for {Folder} could not be issued: {Reason}")]
    public static partial void LinksUnavailable(ILogger logger, string folder, string reason);

    [LoggerMessage(6, LogLevel.Information, "Handler ready: configuration from {ConfigSource}, {AgencyCount} agencies, notice store {StoreUri}")]
    public static partial void Ready(ILogger logger, string configSource, int agencyCount, Uri storeUri);
}
