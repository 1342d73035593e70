using System.Collections.Concurrent;
using System.Diagnostics;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Delivers messages to the running handler the way the Service Bus trigger does: a bounded number at a time, in the
/// binary form the deployed host sends; a 2xx completes the message; anything else (or no answer at all) abandons
/// it, and it is delivered again, with its delivery count one higher, almost at once (<see cref="RedeliveryDelay"/>,
/// the round trip of settling and receiving again); after <see cref="MaxDeliveryCount"/> deliveries it is
/// dead-lettered. How long an outage the messages survive therefore depends on how long a failing delivery takes,
/// which the handler's storage retries decide.
/// </summary>
/// <remarks>
/// Two switches model what a hard kill needs. <see cref="WhenHandlerReady"/> holds deliveries while the handler
/// process restarts, as the host does: it sends no invocation to a worker that is not running. With
/// <see cref="CompleteWhenSaved"/> a 2xx completes a message only once <see cref="ConfirmSaved"/> says the store has
/// saved what was written before it: Azurite acknowledges a write before it saves its index (every five seconds),
/// which Blob Storage never does, so a message answered after Azurite's last save is, at a kill, treated as the
/// host treats a message whose lock is lost (<see cref="LoseUnsaved"/>): it is delivered again.
/// </remarks>
internal sealed class ServiceBusSimulation(Func<string, Task<HttpResponseMessage>> invoke, IReadOnlyList<FaultRunEvent> events, int concurrency)
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
    private readonly ConcurrentDictionary<int, (int DeliveryCount, InvocationAnswer Answer, DateTime AnsweredAtUtc)> _unsaved = new();
    private readonly int[] _unanswered = new int[events.Count];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _busy;
    private int _completed;
    private int _lostUnsaved;
    private int _kills;

    // A kill and the recording of an unsaved answer must not interleave, or an answer could slip past the kill.
    private readonly Lock _settling = new();

    public ServiceBusSimulation(HandlerServer server, IReadOnlyList<FaultRunEvent> events, int concurrency)
        : this(envelope => server.InvokeAsync("ProcessDecision", envelope), events, concurrency)
    {
    }

    /// <summary>Awaited before each delivery: the handler is running and ready.</summary>
    public Func<Task> WhenHandlerReady { get; init; } = () => Task.CompletedTask;

    /// <summary>A 2xx completes a message only once <see cref="ConfirmSaved"/> covers its answer.</summary>
    public bool CompleteWhenSaved { get; init; }

    /// <summary>Answered 2xx, waiting for the store to save what the delivery wrote.</summary>
    public int Unsaved => _unsaved.Count;

    /// <summary>Messages answered 2xx that a kill of the store took back before it saved them.</summary>
    public int LostUnsaved
    {
        get
        {
            lock (_settling)
            {
                return _lostUnsaved;
            }
        }
    }

    /// <summary>Messages of which at least one delivery got no answer at all (the handler died under it).</summary>
    public int MessagesWithUnansweredDelivery => _unanswered.Count(count => count > 0);

    /// <summary>No message is waiting to be delivered or being delivered; only unsaved completions may remain.</summary>
    public bool OnlyUnsavedLeft => _fresh.IsEmpty && _abandoned.IsEmpty && Volatile.Read(ref _busy) == 0;

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

    /// <summary>The run's deliveries, as rows of a figures table.</summary>
    public FiguresTable AddFigures(FiguresTable table) =>
        table
            .Add("deliveries in all (first deliveries + redeliveries)", $"{Deliveries} ({events.Count} + {Deliveries - events.Count})")
            .Add("answers by status, all deliveries (0: no answer)", string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")))
            .Add("messages delivered more than once", MessagesDeliveredMoreThanOnce)
            .Add("most deliveries of one message (dead letter after)", $"{MostDeliveriesOfOneMessage} ({MaxDeliveryCount})")
            .Add("dead-lettered", DeadLettered.Count);

    public async Task RunAsync()
    {
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)));
    }

    /// <summary>Completes every message answered 2xx before this moment: the store has saved what it wrote.</summary>
    public void ConfirmSaved(DateTime savedBeforeUtc)
    {
        lock (_settling)
        {
            var saved = _unsaved.Where(item => item.Value.AnsweredAtUtc < savedBeforeUtc).ToList();
            foreach (var (index, unsaved) in saved)
            {
                Complete(index, unsaved.Answer);
                _unsaved.Remove(index, out _);
            }
        }
    }

    /// <summary>
    /// The store was killed: every unsaved completion is abandoned and delivered again, and so is every delivery under
    /// way now, whatever it answers (what it wrote before the kill may be lost too).
    /// </summary>
    public void LoseUnsaved()
    {
        lock (_settling)
        {
            _kills++;
            var lost = _unsaved.Select(item => (item.Key, item.Value.DeliveryCount)).ToList();
            _lostUnsaved += lost.Count;
            // Queued again before they leave the unsaved ones, so a worker never sees neither and stops.
            foreach (var (index, deliveryCount) in lost)
            {
                Abandon(index, deliveryCount);
            }

            _unsaved.Clear();
        }
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
            if (_unsaved.IsEmpty && OnlyUnsavedLeft)
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
        await WhenHandlerReady();
        int kills;
        lock (_settling)
        {
            kills = _kills;
        }

        Interlocked.CompareExchange(ref _firstStart[index], _clock.Elapsed.Ticks, 0);
        Interlocked.Increment(ref _deliveries[index]);
        InvocationAnswer answer;
        try
        {
            using var response = await invoke(HostPayloads.ServiceBus(events[index].Bytes, $"fault-{index}", deliveryCount));
            answer = await InvocationAnswer.ReadAsync(response);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            // The handler itself did not answer (it died, or is not listening): the host would abandon the message.
            Interlocked.Increment(ref _unanswered[index]);
            answer = new InvocationAnswer(0, null, null, [exception.Message], string.Empty);
        }

        _statuses.AddOrUpdate((int)answer.Status, 1, (_, count) => count + 1);
        if (!answer.Completes)
        {
            Abandon(index, deliveryCount);
        }
        else if (CompleteWhenSaved)
        {
            lock (_settling)
            {
                if (kills == _kills)
                {
                    _unsaved[index] = (deliveryCount, answer, DateTime.UtcNow);
                    return;
                }

                _lostUnsaved++;
            }

            Abandon(index, deliveryCount);
        }
        else
        {
            Complete(index, answer);
        }
    }

    private void Complete(int index, InvocationAnswer answer)
    {
        _answers[index] = answer;
        Volatile.Write(ref _completedAt[index], Math.Max(1, _clock.Elapsed.Ticks));
        Interlocked.Increment(ref _completed);
    }

    private void Abandon(int index, int deliveryCount)
    {
        if (deliveryCount >= MaxDeliveryCount)
        {
            _deadLettered.Enqueue(index);
        }
        else
        {
            _abandoned.Enqueue((index, deliveryCount + 1, (_clock.Elapsed + RedeliveryDelay).Ticks));
        }
    }
}
