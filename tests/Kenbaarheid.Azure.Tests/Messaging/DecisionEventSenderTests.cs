using Azure.Messaging.ServiceBus;
using Kenbaarheid.Azure.Messaging;
using Kenbaarheid.Events;
using Moq;

namespace Kenbaarheid.Azure.Tests.Messaging;

public sealed class DecisionEventSenderTests
{
    private static readonly string[] ValidSamples =
    [
        "01-huurtoeslag-automated.json", "02-toeslag-risk-supported.json", "03-uitwonendenbeurs-prepared.json",
        "04-parkeervergunning-automated.json", "05-woz-supported.json", "06-generated-text-retired-algorithm.json",
    ];

    [Fact]
    public async Task SendAsync_SendsTheEventBytesAsAStructuredCloudEventWithTheContractsMessageProperties()
    {
        var batches = new List<IList<ServiceBusMessage>>();
        var bytes = Sample("05-woz-supported.json");

        var result = await new DecisionEventSender(ServiceBusFakes.Sender(batches).Object).SendAsync([Outgoing("05", bytes)], progress: null);

        var message = Assert.Single(Assert.Single(batches));
        Assert.Equal("application/cloudevents+json", message.ContentType);
        Assert.Equal("gm9999:WOZ-2027-553311:2", message.MessageId);
        Assert.Equal("WOZ-2027-553311", message.Subject);
        Assert.Equal(bytes, message.Body.ToArray());
        Assert.Single(result.Sent);
        Assert.Null(result.Failure);
    }

    [Fact]
    public async Task SendAsync_FillsEachBatchBeforeStartingTheNextAndKeepsTheOrder()
    {
        var batches = new List<IList<ServiceBusMessage>>();
        var events = ValidSamples.Select(name => Outgoing(name, Sample(name))).ToList();
        var progress = new List<int>();

        var result = await new DecisionEventSender(ServiceBusFakes.Sender(batches, batchCapacity: 4).Object).SendAsync(events, new SynchronousProgress(progress));

        Assert.Equal([4, 2], batches.Select(batch => batch.Count));
        Assert.Equal(events.Select(e => e.Message.MessageId), batches.SelectMany(batch => batch).Select(m => m.MessageId));
        Assert.Equal(events, result.Sent);
        Assert.Equal([4, 6], progress);
    }

    [Fact]
    public async Task SendAsync_RefusesAnEventTooLargeForABatchAloneAndSendsTheOthers()
    {
        var batches = new List<IList<ServiceBusMessage>>();
        var small = Outgoing("01", Sample("01-huurtoeslag-automated.json"));
        var large = Outgoing("02", Sample("02-toeslag-risk-supported.json"));
        var last = Outgoing("04", Sample("04-parkeervergunning-automated.json"));
        var limit = Math.Max(small.Message.Body.ToMemory().Length, last.Message.Body.ToMemory().Length);
        Assert.True(large.Message.Body.ToMemory().Length > limit);

        var result = await new DecisionEventSender(ServiceBusFakes.Sender(batches, maxBodyBytes: limit).Object).SendAsync([small, large, last], progress: null);

        Assert.Equal([small, last], result.Sent);
        Assert.Equal([large], result.TooLarge);
        Assert.DoesNotContain(batches.SelectMany(batch => batch), m => m.MessageId == large.Message.MessageId);
    }

    [Fact]
    public async Task SendAsync_WhenABatchFailsAfterTheClientsRetries_StopsAndReportsTheRestAsNotSent()
    {
        var batches = new List<IList<ServiceBusMessage>>();
        var sender = ServiceBusFakes.Sender(batches, batchCapacity: 2);
        var calls = 0;
        sender.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
            .Returns(() => ++calls == 2
                ? throw new ServiceBusException("The namespace could not be reached.", ServiceBusFailureReason.ServiceCommunicationProblem)
                : Task.CompletedTask);
        var events = ValidSamples.Select(name => Outgoing(name, Sample(name))).ToList();

        var result = await new DecisionEventSender(sender.Object).SendAsync(events, progress: null);

        Assert.Equal(events[..2], result.Sent);
        Assert.Equal(events[2..], result.NotSent);
        Assert.IsType<ServiceBusException>(result.Failure);
        sender.Verify(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task SendAsync_WhenTheSignInFails_SendsNothingAndSaysWhy()
    {
        var sender = new Mock<ServiceBusSender>();
        sender.Setup(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new UnauthorizedAccessException("Unauthorized access. 'Send' claim(s) are required to perform this operation."));
        var events = ValidSamples.Select(name => Outgoing(name, Sample(name))).ToList();

        var result = await new DecisionEventSender(sender.Object).SendAsync(events, progress: null);

        Assert.Empty(result.Sent);
        Assert.Equal(events, result.NotSent);
        Assert.IsType<UnauthorizedAccessException>(result.Failure);
    }

    [Fact]
    public void MessageIdFor_IsAgencyDecisionAndRevision()
    {
        Assert.Equal("gm0344:PV-1:12", DecisionEventMessage.MessageIdFor(AgencyId.Parse("gm0344"), DecisionId.Parse("PV-1"), 12));
    }

    private static OutgoingEvent Outgoing(string origin, byte[] bytes)
    {
        var validation = EventValidator.WithoutAgencyProfiles().Validate(bytes);
        return new OutgoingEvent(origin, DecisionEventMessage.Create(validation.Event ?? throw new InvalidOperationException($"{origin} is not valid."), bytes));
    }

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(Kenbaarheid.Tests.RepositoryPaths.Samples, "events", name));

    /// <summary>Records each report as it is made (<see cref="Progress{T}"/> would post it to the thread pool).</summary>
    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
