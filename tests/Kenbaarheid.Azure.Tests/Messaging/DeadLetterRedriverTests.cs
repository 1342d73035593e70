using Azure.Messaging.ServiceBus;
using Kenbaarheid.Azure.Messaging;
using Moq;

namespace Kenbaarheid.Azure.Tests.Messaging;

public sealed class DeadLetterRedriverTests
{
    private static readonly DeadLetterSelection All = new(true, new HashSet<string>(), new HashSet<long>(), new HashSet<string>());

    private readonly List<string> _calls = [];
    private readonly List<IList<ServiceBusMessage>> _batches = [];
    private readonly Mock<ServiceBusReceiver> _deadLetters = new();
    private readonly Mock<ServiceBusSender> _queue;

    public DeadLetterRedriverTests()
    {
        _queue = ServiceBusFakes.Sender(_batches, calls: _calls.Add);
        _deadLetters.Setup(r => r.CompleteMessageAsync(It.IsAny<ServiceBusReceivedMessage>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceBusReceivedMessage message, CancellationToken _) => _calls.Add($"complete {message.SequenceNumber}"))
            .Returns(Task.CompletedTask);
        _deadLetters.Setup(r => r.AbandonMessageAsync(It.IsAny<ServiceBusReceivedMessage>(), It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceBusReceivedMessage message, IDictionary<string, object> _, CancellationToken _) => _calls.Add($"abandon {message.SequenceNumber}"))
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task ResubmitAsync_SendsACopyUnderTheRedriveIdAndCompletesTheDeadLetterOnlyAfterTheCopyWasSent()
    {
        var body = "{\"specversion\":\"1.0\",\"id\":\"evt-1\"}"u8.ToArray();
        var first = ServiceBusFakes.DeadLetter(7, "zb999901:HT-2027-000123:1", "MaxDeliveryCountExceeded", body);
        var second = ServiceBusFakes.DeadLetter(9, "gm9999:PV-2026-1201:1", "MaxDeliveryCountExceeded");
        Receives([first, second]);

        var result = await Redriver().ResubmitAsync(All);

        Assert.Equal(["send 2", "complete 7", "complete 9"], _calls);
        Assert.Equal([first, second], result.Resubmitted);
        var copy = _batches.Single()[0];
        Assert.Equal("zb999901:HT-2027-000123:1:redrive:7", copy.MessageId);
        Assert.Equal(body, copy.Body.ToArray());
        Assert.Equal("application/cloudevents+json", copy.ContentType);
        Assert.Equal("HT-2027-000123", copy.Subject);
        Assert.Equal("correlation-1", copy.CorrelationId);
        Assert.Equal("back-office", copy.ApplicationProperties["origin"]);
        Assert.False(copy.ApplicationProperties.ContainsKey("DeadLetterReason"));
        Assert.False(copy.ApplicationProperties.ContainsKey("DeadLetterErrorDescription"));
    }

    [Fact]
    public async Task ResubmitAsync_WhenTheSendFails_CompletesNothingAndGivesEveryLockBack()
    {
        _queue.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ServiceBusException("Quota exceeded.", ServiceBusFailureReason.QuotaExceeded));
        var first = ServiceBusFakes.DeadLetter(7, "a:1:1", "MaxDeliveryCountExceeded");
        var second = ServiceBusFakes.DeadLetter(8, "a:2:1", "MaxDeliveryCountExceeded");
        Receives([first, second]);

        var result = await Redriver().ResubmitAsync(All);

        Assert.Empty(result.Resubmitted);
        Assert.Equal([first, second], result.NotSent);
        Assert.Equal(ServiceBusFailureReason.QuotaExceeded, Assert.IsType<ServiceBusException>(result.Failure).Reason);
        Assert.Equal(["abandon 7", "abandon 8"], _calls);
    }

    [Fact]
    public async Task ResubmitAsync_ByReasonOrSequence_LeavesTheOtherMessagesDeadLetteredAndGivesTheirLocksBack()
    {
        var outage = ServiceBusFakes.DeadLetter(1, "a:1:1", "MaxDeliveryCountExceeded");
        var expired = ServiceBusFakes.DeadLetter(2, "a:2:1", "TTLExpiredException");
        var chosen = ServiceBusFakes.DeadLetter(3, "a:3:1", "TTLExpiredException");
        Receives([outage, expired], [chosen]);
        var selection = new DeadLetterSelection(false, new HashSet<string> { "MaxDeliveryCountExceeded" }, new HashSet<long> { 3 }, new HashSet<string>());

        var result = await Redriver().ResubmitAsync(selection);

        Assert.Equal([outage, chosen], result.Resubmitted);
        Assert.Equal(1, result.Left);
        Assert.Equal(["send 1", "complete 1", "send 1", "complete 3", "abandon 2"], _calls);
    }

    [Fact]
    public async Task ResubmitAsync_WhenCompletingFails_ReportsTheMessageAsSentButStillDeadLettered()
    {
        _deadLetters.Setup(r => r.CompleteMessageAsync(It.IsAny<ServiceBusReceivedMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ServiceBusException("The lock was lost.", ServiceBusFailureReason.MessageLockLost));
        var message = ServiceBusFakes.DeadLetter(4, "a:4:1", "MaxDeliveryCountExceeded");
        Receives([message]);

        var result = await Redriver().ResubmitAsync(All);

        Assert.Equal([message], result.NotCompleted);
        Assert.Empty(result.Resubmitted);
        Assert.Null(result.Failure);
        Assert.Single(_batches);
    }

    [Fact]
    public async Task ResubmitAsync_StopsWhenAMessageComesBackAfterItsLockRanOut_AndNeverSendsItTwice()
    {
        var other = ServiceBusFakes.DeadLetter(5, "a:5:1", "Other");
        var chosen = ServiceBusFakes.DeadLetter(6, "a:6:1", "MaxDeliveryCountExceeded");
        _deadLetters.SetupSequence(r => r.ReceiveMessagesAsync(It.IsAny<int>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([other, chosen])
            .ReturnsAsync([other])
            .ReturnsAsync([chosen]);
        var selection = new DeadLetterSelection(false, new HashSet<string> { "MaxDeliveryCountExceeded" }, new HashSet<long>(), new HashSet<string>());

        var result = await Redriver().ResubmitAsync(selection);

        Assert.Equal([chosen], result.Resubmitted);
        Assert.Single(_batches);
        _deadLetters.Verify(r => r.ReceiveMessagesAsync(It.IsAny<int>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ResubmitAsync_DoesNotResendACopyThatWasDeadLetteredAgainDuringTheRun()
    {
        var original = ServiceBusFakes.DeadLetter(10, "a:10:1", "MaxDeliveryCountExceeded");
        var copyDeadLetteredAgain = ServiceBusFakes.DeadLetter(11, "a:10:1:redrive:10", "MaxDeliveryCountExceeded");
        Receives([original], [copyDeadLetteredAgain]);

        var result = await Redriver().ResubmitAsync(All);

        Assert.Equal([original], result.Resubmitted);
        Assert.Equal(1, result.Left);
    }

    [Fact]
    public void RedriveMessageId_IsTheSameForEveryResubmitOfOneDeadLetterAndWithinServiceBusLimit()
    {
        var longId = $"oorg12345:{new string('D', 100)}:2147483647";
        var message = ServiceBusFakes.DeadLetter(long.MaxValue, longId, "MaxDeliveryCountExceeded");

        var id = DeadLetterRedriver.RedriveMessageId(message);

        Assert.True(id.Length <= 128, id);
        Assert.Equal(id, DeadLetterRedriver.RedriveMessageId(ServiceBusFakes.DeadLetter(long.MaxValue, longId, "Other")));
        Assert.NotEqual(id, DeadLetterRedriver.RedriveMessageId(ServiceBusFakes.DeadLetter(long.MaxValue - 1, longId, "Other")));
        Assert.StartsWith($"redrive:{long.MaxValue}:", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeekAllAsync_ReadsPageAfterPageFromTheNextSequenceNumber()
    {
        var firstPage = Enumerable.Range(1, 100).Select(n => ServiceBusFakes.DeadLetter(n, $"a:{n}:1", "MaxDeliveryCountExceeded")).ToList();
        var secondPage = new[] { ServiceBusFakes.DeadLetter(250, "a:250:1", "MaxDeliveryCountExceeded") };
        _deadLetters.Setup(r => r.PeekMessagesAsync(100, null, It.IsAny<CancellationToken>())).ReturnsAsync(firstPage);
        _deadLetters.Setup(r => r.PeekMessagesAsync(100, 101L, It.IsAny<CancellationToken>())).ReturnsAsync(secondPage);
        _deadLetters.Setup(r => r.PeekMessagesAsync(100, 251L, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var all = await Redriver().PeekAllAsync().ToListAsync();

        Assert.Equal(101, all.Count);
        Assert.Equal(250, all[^1].SequenceNumber);
        _deadLetters.Verify(r => r.CompleteMessageAsync(It.IsAny<ServiceBusReceivedMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private DeadLetterRedriver Redriver() => new(_deadLetters.Object, _queue.Object, TimeSpan.FromMilliseconds(10));

    private void Receives(params IReadOnlyList<ServiceBusReceivedMessage>[] pages)
    {
        var sequence = _deadLetters.SetupSequence(r => r.ReceiveMessagesAsync(It.IsAny<int>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()));
        foreach (var page in pages)
        {
            sequence = sequence.ReturnsAsync(page);
        }

        sequence.ReturnsAsync([]);
    }
}
