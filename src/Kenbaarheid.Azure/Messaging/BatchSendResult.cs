namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// What became of items sent in <c>ServiceBusMessageBatch</c>es: sent; too large for a batch even alone (refused,
/// never sent); or not sent because <see cref="Failure"/> stopped the run after the client's retries.
/// </summary>
public sealed record BatchSendResult<T>(IReadOnlyList<T> Sent, IReadOnlyList<T> TooLarge, IReadOnlyList<T> NotSent, Exception? Failure);
