using Azure.Identity;
using Azure.Messaging.ServiceBus;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>The failures of talking to Service Bus that end a run with a report rather than a crash.</summary>
public static class MessagingFailure
{
    /// <summary>
    /// Service Bus refused or could not be reached after the client's retries, or the sign-in failed (no credential, no
    /// role on the entity, a connection string with a wrong key).
    /// </summary>
    public static bool Is(Exception exception) =>
        exception is ServiceBusException or UnauthorizedAccessException or AuthenticationFailedException or TimeoutException;
}
