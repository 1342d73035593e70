using Azure.Messaging.ServiceBus;
using Kenbaarheid.Events;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// A decision event as the contract puts it on <c>decision-events</c>: the CloudEvent in structured mode (the event's
/// own bytes are the body, so the pipeline hashes exactly what the agency validated), <c>ContentType</c>
/// <see cref="ContentType"/>, <c>MessageId</c> <c>{agency}:{decision}:{revision}</c> (so the queue's duplicate
/// detection drops a resend of the same decision) and <c>Subject</c> the decision id. Made only from a
/// <see cref="DecisionEvent"/>, which only the validator hands out for a valid event.
/// </summary>
public static class DecisionEventMessage
{
    public const string ContentType = "application/cloudevents+json";

    public const string DefaultQueue = "decision-events";

    public static string MessageIdFor(AgencyId agencyId, DecisionId decisionId, int revision) =>
        $"{agencyId}:{decisionId}:{revision.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static ServiceBusMessage Create(DecisionEvent decisionEvent, ReadOnlyMemory<byte> eventBytes)
    {
        ArgumentNullException.ThrowIfNull(decisionEvent);
        var decision = decisionEvent.Decision;
        return new ServiceBusMessage(eventBytes)
        {
            ContentType = ContentType,
            MessageId = MessageIdFor(decisionEvent.AgencyId, decision.Id, decision.Revision),
            Subject = decision.Id.Value,
        };
    }
}
