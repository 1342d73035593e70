using System.Collections.Concurrent;
using System.Diagnostics;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Delivers messages to the running handler the way the Service Bus trigger does: a bounded number at a time;
/// a 2xx completes the message; anything else abandons it, and it is delivered again, with its delivery count one
/// higher, almost at once (<see cref="RedeliveryDelay"/>, the round trip of settling and receiving again); after
/// <see cref="MaxDeliveryCount"/> deliveries it is dead-lettered. How long an outage the messages survive therefore
/// depends on how long a failing delivery takes, which the handler's storage retries decide.
/// </summary>
internal sealed class ServiceBusSimulation(HandlerServer server, IReadOnlyList<FaultRunEvent> events, int concurrency)
{
    /// <summary>The queue's setting in infra/main.bicep.</summary>
    public const int MaxDeliveryCount = 10;

    public static readonly TimeSpan RedeliveryDelay = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentQueue<(int Index, int DeliveryCount)> _fresh = new(events.Select(e => (e.Index, 1)));
    private readonly ConcurrentQueue<(int Index, int DeliveryCount, long DueAt)> _abandoned = new();
    private readonly int[] _deliveries = new int[events.Count];
    private readonly long[] _firstStart = new long[events.Count];
    private readonly long[] _completedAt = new long[events.Count];
    private readonly InvocationAnswer?[] _answers = new InvocationAnswer?[events.Count];
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<int> _deadLettered = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _busy;
    private int _completed;

    public int Completed => Volatile.Read(ref _completed);

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Answers by status code, over every delivery.</summary>
    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public IReadOnlyList<int> DeadLettered => [.. _deadLettered];

    public int Deliveries => _deliveries.Sum();

    public int MostDeliveriesOfOneMessage => _deliveries.Max();

    public int MessagesDeliveredMoreThanOnce => _deliveries.Count(count => count > 1);

    /// <summary>The final answer to each message, the one that completed it.</summary>
    public InvocationAnswer? AnswerTo(int index) => _answers[index];

    public bool HasCompleted(int index) => Volatile.Read(ref _completedAt[index]) > 0;

    /// <summary>From the first delivery's start to the completing answer: the longest a folder of this event can lack its manifest.</summary>
    public TimeSpan OpenFor(int index) => TimeSpan.FromTicks(_completedAt[index] - _firstStart[index]);

    public async Task RunAsync()
    {
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)));
    }

    private async Task WorkAsync()
    {
        while (true)
        {
            Interlocked.Increment(ref _busy);
            if (Take() is { } delivery)
            {
                await DeliverAsync(delivery.Index, delivery.DeliveryCount);
                Interlocked.Decrement(ref _busy);
                continue;
            }

            Interlocked.Decrement(ref _busy);
            if (_fresh.IsEmpty && _abandoned.IsEmpty && Volatile.Read(ref _busy) == 0)
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>An abandoned message that is due goes first, as Service Bus hands it out again before newer ones.</summary>
    private (int Index, int DeliveryCount)? Take()
    {
        if (_abandoned.TryPeek(out var due) && due.DueAt <= _clock.Elapsed.Ticks && _abandoned.TryDequeue(out due))
        {
            if (due.DueAt > _clock.Elapsed.Ticks)
            {
                // Another worker took the one we looked at; this one is not due yet, so it goes back in line.
                _abandoned.Enqueue(due);
                return null;
            }

            return (due.Index, due.DeliveryCount);
        }

        return _fresh.TryDequeue(out var fresh) ? fresh : null;
    }

    private async Task DeliverAsync(int index, int deliveryCount)
    {
        Interlocked.CompareExchange(ref _firstStart[index], _clock.Elapsed.Ticks, 0);
        Interlocked.Increment(ref _deliveries[index]);
        InvocationAnswer answer;
        try
        {
            using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(events[index].Bytes, $"fault-{index}", deliveryCount));
            answer = await InvocationAnswer.ReadAsync(response);
        }
        catch (HttpRequestException exception)
        {
            // The handler itself did not answer: the host would abandon the message just the same.
            answer = new InvocationAnswer(0, null, null, [exception.Message], string.Empty);
        }

        _statuses.AddOrUpdate((int)answer.Status, 1, (_, count) => count + 1);
        if (answer.Completes)
        {
            _answers[index] = answer;
            Volatile.Write(ref _completedAt[index], Math.Max(1, _clock.Elapsed.Ticks));
            Interlocked.Increment(ref _completed);
        }
        else if (deliveryCount >= MaxDeliveryCount)
        {
            _deadLettered.Enqueue(index);
        }
        else
        {
            _abandoned.Enqueue((index, deliveryCount + 1, (_clock.Elapsed + RedeliveryDelay).Ticks));
        }
    }
}
