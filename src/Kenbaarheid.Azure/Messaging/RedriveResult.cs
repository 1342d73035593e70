using Azure.Messaging.ServiceBus;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// What a resubmit did with the dead-lettered messages it selected: sent again and removed from the dead-letter queue;
/// sent again but still dead-lettered (completing failed, e.g. the lock expired: a rerun resends under the same
/// message id, see <see cref="DeadLetterRedriver.RedriveMessageId"/>); or not sent and left as they were, because
/// <see cref="Failure"/> stopped the run or the message no longer fits a batch. <see cref="Left"/> counts the
/// dead-lettered messages looked at and not selected, all left as they were.
/// </summary>
public sealed record RedriveResult(
    IReadOnlyList<ServiceBusReceivedMessage> Resubmitted,
    IReadOnlyList<ServiceBusReceivedMessage> NotCompleted,
    IReadOnlyList<ServiceBusReceivedMessage> NotSent,
    int Left,
    Exception? Failure);
