using Azure.Messaging.ServiceBus;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>A valid event on its way to the queue, with where it came from (file, or file:line) for the report.</summary>
public sealed record OutgoingEvent(string Origin, ServiceBusMessage Message);
