using Azure.Messaging.ServiceBus;
using Moq;

namespace Kenbaarheid.Azure.Tests.Messaging;

/// <summary>
/// The Service Bus clients as seams: a sender whose batches are the SDK's own (<see cref="ServiceBusModelFactory"/>)
/// over lists the test can read, holding at most <c>batchCapacity</c> messages or refusing a body over
/// <c>maxBodyBytes</c>, and received messages as the service hands them out.
/// </summary>
internal static class ServiceBusFakes
{
    /// <summary>A sender that records every batch it was asked to send, in order, in <paramref name="sentBatches"/>.</summary>
    public static Mock<ServiceBusSender> Sender(List<IList<ServiceBusMessage>> sentBatches, int batchCapacity = int.MaxValue, int maxBodyBytes = 256 * 1024, Action<string>? calls = null)
    {
        var sender = new Mock<ServiceBusSender>();
        var stores = new Dictionary<ServiceBusMessageBatch, IList<ServiceBusMessage>>();
        sender.Setup(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                var store = new List<ServiceBusMessage>();
                var batch = ServiceBusModelFactory.ServiceBusMessageBatch(
                    maxBodyBytes,
                    store,
                    new CreateMessageBatchOptions(),
                    message => store.Count < batchCapacity && message.Body.ToMemory().Length <= maxBodyBytes);
                stores[batch] = store;
                return ValueTask.FromResult(batch);
            });
        sender.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
            .Returns((ServiceBusMessageBatch batch, CancellationToken _) =>
            {
                sentBatches.Add(stores[batch].ToList());
                calls?.Invoke($"send {batch.Count}");
                return Task.CompletedTask;
            });
        return sender;
    }

    public static ServiceBusReceivedMessage DeadLetter(long sequenceNumber, string messageId, string reason, byte[]? body = null) =>
        ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromBytes(body ?? "{\"specversion\":\"1.0\"}"u8.ToArray()),
            messageId: messageId,
            subject: "HT-2027-000123",
            contentType: "application/cloudevents+json",
            correlationId: "correlation-1",
            properties: new Dictionary<string, object>
            {
                ["DeadLetterReason"] = reason,
                ["DeadLetterErrorDescription"] = "Message could not be consumed after 10 delivery attempts.",
                ["origin"] = "back-office",
            },
            sequenceNumber: sequenceNumber,
            deliveryCount: 10,
            lockTokenGuid: Guid.NewGuid());
}
