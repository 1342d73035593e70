using Azure.Messaging.ServiceBus;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// Sends items as few <see cref="ServiceBusMessageBatch"/>es as the namespace's size limit allows, in order. Retries
/// are the client's (<c>ServiceBusClientOptions.RetryOptions</c>); a batch that still fails stops the run, because
/// the next would meet the same namespace. <c>onSent</c> runs after each batch the service accepted, and only then.
/// </summary>
internal static class MessageBatches
{
    public static async Task<BatchSendResult<T>> SendAsync<T>(
        ServiceBusSender sender,
        IReadOnlyList<T> items,
        Func<T, ServiceBusMessage> toMessage,
        Func<IReadOnlyList<T>, CancellationToken, Task> onSent,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var sent = new List<T>();
        var tooLarge = new List<T>();
        var pending = new List<T>();
        ServiceBusMessageBatch? batch = null;
        try
        {
            foreach (var item in items)
            {
                var message = toMessage(item);
                batch ??= await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                if (batch.TryAddMessage(message))
                {
                    pending.Add(item);
                    continue;
                }

                if (pending.Count > 0)
                {
                    await FlushAsync(batch).ConfigureAwait(false);
                    batch.Dispose();
                    batch = null;
                    batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                    if (batch.TryAddMessage(message))
                    {
                        pending.Add(item);
                        continue;
                    }
                }

                tooLarge.Add(item);
                progress?.Report(sent.Count + tooLarge.Count);
            }

            if (batch is not null && pending.Count > 0)
            {
                await FlushAsync(batch).ConfigureAwait(false);
            }

            return new BatchSendResult<T>(sent, tooLarge, [], null);
        }
        catch (Exception exception) when (MessagingFailure.Is(exception))
        {
            var done = sent.Concat(tooLarge).ToHashSet();
            return new BatchSendResult<T>(sent, tooLarge, items.Where(item => !done.Contains(item)).ToList(), exception);
        }
        finally
        {
            batch?.Dispose();
        }

        async Task FlushAsync(ServiceBusMessageBatch full)
        {
            await sender.SendMessagesAsync(full, cancellationToken).ConfigureAwait(false);
            var accepted = pending.ToList();
            pending.Clear();
            sent.AddRange(accepted);
            await onSent(accepted, cancellationToken).ConfigureAwait(false);
            progress?.Report(sent.Count + tooLarge.Count);
        }
    }
}
