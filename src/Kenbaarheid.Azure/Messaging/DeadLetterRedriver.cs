using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure.Messaging.ServiceBus;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// Reads the dead-letter queue of <c>decision-events</c> and sends selected messages back to the queue. A dead-lettered
/// message is completed (removed) only after its copy was sent; a copy that cannot be sent leaves it as it was.
/// </summary>
/// <remarks>
/// The copy cannot keep the original <c>MessageId</c>: inside the queue's duplicate-detection window Service Bus would
/// accept it and silently drop it. It gets <see cref="RedriveMessageId"/>, which is new to the queue yet the same every
/// time the same dead-lettered message is resubmitted, so a rerun after a resubmit that sent but could not complete
/// is dropped as a duplicate within the window. Past the window a second copy may arrive, which the pipeline absorbs:
/// the same bytes give the same notice (create-only writes, <c>AlreadyIssued</c>) or the same rejection record.
/// </remarks>
public sealed class DeadLetterRedriver(ServiceBusReceiver deadLetters, ServiceBusSender queue, TimeSpan receiveWait)
{
    private const int PageSize = 100;
    private const int MaxMessageIdLength = 128;

    /// <summary>Every dead-lettered message, oldest first, without locking or changing any.</summary>
    public async IAsyncEnumerable<ServiceBusReceivedMessage> PeekAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long? from = null;
        while (true)
        {
            var page = await deadLetters.PeekMessagesAsync(PageSize, from, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var message in page)
            {
                yield return message;
            }

            from = page[^1].SequenceNumber + 1;
        }
    }

    /// <summary>The dead-lettered message with this sequence number, or null; nothing is locked or changed.</summary>
    public async Task<ServiceBusReceivedMessage?> PeekAsync(long sequenceNumber, CancellationToken cancellationToken = default)
    {
        var page = await deadLetters.PeekMessagesAsync(1, sequenceNumber, cancellationToken).ConfigureAwait(false);
        return page.FirstOrDefault(message => message.SequenceNumber == sequenceNumber);
    }

    public async Task<RedriveResult> ResubmitAsync(DeadLetterSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var seen = new HashSet<long>();
        var resentIds = new HashSet<string>(StringComparer.Ordinal);
        var held = new List<ServiceBusReceivedMessage>();
        var resubmitted = new List<ServiceBusReceivedMessage>();
        var notCompleted = new List<ServiceBusReceivedMessage>();
        var notSent = new List<ServiceBusReceivedMessage>();
        Exception? failure = null;
        try
        {
            while (failure is null)
            {
                var received = await deadLetters.ReceiveMessagesAsync(PageSize, receiveWait, cancellationToken).ConfigureAwait(false);
                var fresh = received.Where(message => seen.Add(message.SequenceNumber)).ToList();

                // A message seen before is back because its lock expired: the queue has come round once, so stop there.
                held.AddRange(received.Except(fresh));
                if (fresh.Count == 0)
                {
                    break;
                }

                // A copy this run sent that was dead-lettered again is not sent a second time.
                var chosen = fresh.Where(message => selection.Matches(message) && !resentIds.Contains(message.MessageId)).ToList();
                held.AddRange(fresh.Except(chosen));
                var run = await MessageBatches.SendAsync(
                    queue,
                    chosen,
                    message =>
                    {
                        var copy = Resend(message);
                        resentIds.Add(copy.MessageId);
                        return copy;
                    },
                    async (sent, token) =>
                    {
                        foreach (var message in sent)
                        {
                            (await TryCompleteAsync(message, token).ConfigureAwait(false) ? resubmitted : notCompleted).Add(message);
                        }
                    },
                    null,
                    cancellationToken).ConfigureAwait(false);
                notSent.AddRange(run.TooLarge.Concat(run.NotSent));
                failure = run.Failure;
            }
        }
        finally
        {
            // Released with a token that is not cancelled, so an interrupted run still gives its locks back.
            foreach (var message in held.Concat(notSent))
            {
                await ReleaseAsync(message).ConfigureAwait(false);
            }
        }

        return new RedriveResult(resubmitted, notCompleted, notSent, held.Count, failure);
    }

    /// <summary>
    /// <c>{original message id}:redrive:{sequence number}</c>: new to the queue and the same for every resubmit of this
    /// dead-lettered message. An id that would pass Service Bus's 128 characters keeps the sequence number and a hash of
    /// the original instead.
    /// </summary>
    public static string RedriveMessageId(ServiceBusReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sequence = message.SequenceNumber.ToString(CultureInfo.InvariantCulture);
        var original = message.MessageId ?? string.Empty;
        var id = $"{original}:redrive:{sequence}";
        return id.Length <= MaxMessageIdLength
            ? id
            : $"redrive:{sequence}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(original)))}";
    }

    /// <summary>
    /// The message to send again: the same body, content type, subject, correlation id and application properties,
    /// under <see cref="RedriveMessageId"/>, without the dead-letter reason and description Service Bus added.
    /// </summary>
    public static ServiceBusMessage Resend(ServiceBusReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var copy = new ServiceBusMessage(message.Body)
        {
            MessageId = RedriveMessageId(message),
            ContentType = message.ContentType,
            Subject = message.Subject,
            CorrelationId = message.CorrelationId,
        };
        foreach (var (name, value) in message.ApplicationProperties)
        {
            if (name is not ("DeadLetterReason" or "DeadLetterErrorDescription"))
            {
                copy.ApplicationProperties[name] = value;
            }
        }

        return copy;
    }

    private async Task<bool> TryCompleteAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await deadLetters.CompleteMessageAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ServiceBusException)
        {
            // Sent but still dead-lettered: reported as such, and a rerun's copy has the same message id.
            return false;
        }
    }

    private async Task ReleaseAsync(ServiceBusReceivedMessage message)
    {
        try
        {
            await deadLetters.AbandonMessageAsync(message, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
        catch (ServiceBusException)
        {
            // A lock that is not given back runs out by itself after the queue's lock duration, which releases the
            // message just as abandoning would; failing here would only hide what the run did.
        }
    }
}
