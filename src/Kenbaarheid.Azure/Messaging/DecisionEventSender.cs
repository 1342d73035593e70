using Azure.Messaging.ServiceBus;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// Publishes decision events on <c>decision-events</c> in batches. The events are messages made by
/// <see cref="DecisionEventMessage.Create"/>, so only validated events reach it.
/// </summary>
public sealed class DecisionEventSender(ServiceBusSender sender)
{
    /// <param name="events">In the order to send them.</param>
    /// <param name="progress">Told the number of events handled (sent or refused) after each batch.</param>
    public Task<BatchSendResult<OutgoingEvent>> SendAsync(IReadOnlyList<OutgoingEvent> events, IProgress<int>? progress, CancellationToken cancellationToken = default) =>
        MessageBatches.SendAsync(sender, events, item => item.Message, (_, _) => Task.CompletedTask, progress, cancellationToken);
}
