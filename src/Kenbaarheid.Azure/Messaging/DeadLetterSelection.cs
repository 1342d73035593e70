using Azure.Messaging.ServiceBus;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// Which dead-lettered messages to resubmit: all, or those with one of the given dead-letter reasons, sequence
/// numbers or message ids (any match selects).
/// </summary>
public sealed record DeadLetterSelection(bool All, IReadOnlySet<string> Reasons, IReadOnlySet<long> SequenceNumbers, IReadOnlySet<string> MessageIds)
{
    public bool IsEmpty => !All && Reasons.Count == 0 && SequenceNumbers.Count == 0 && MessageIds.Count == 0;

    public bool Matches(ServiceBusReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return All
            || (message.DeadLetterReason is { } reason && Reasons.Contains(reason))
            || SequenceNumbers.Contains(message.SequenceNumber)
            || (message.MessageId is { } id && MessageIds.Contains(id));
    }
}
