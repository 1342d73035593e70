using Kenbaarheid.Azure.Messaging;
using Kenbaarheid.Cli.Validate;

namespace Kenbaarheid.Cli.Send;

/// <summary>
/// Which checked events go out, in input order, and the report of what became of each. An invalid event is refused.
/// A repeat of an earlier input (same decision revision, same bytes) is skipped: the queue would drop it anyway. Another
/// event for a decision revision already in the run is refused, because the queue would drop it silently. Prints ids,
/// codes and paths only, never text from an event.
/// </summary>
internal sealed class SendPlan
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, (string Origin, string Sha256)> _firstByMessageId = new(StringComparer.Ordinal);
    private readonly List<OutgoingEvent> _outgoing = [];

    public IReadOnlyList<OutgoingEvent> Outgoing => _outgoing;

    public int Refused => _entries.Count(entry => entry.Outgoing is null && entry.Skipped is null);

    public void Add(EventCheck check)
    {
        if (check.Event is not { } decisionEvent)
        {
            _entries.Add(new Entry(check, null, null, [.. check.Problems.Select(p => $"{p.Code}  {(p.Path.Length == 0 ? "(event)" : p.Path)}  {p.Message}")]));
            return;
        }

        var message = DecisionEventMessage.Create(decisionEvent, check.Input.Bytes);
        var sha256 = SendCommand.Sha256(check.Input.Bytes);
        if (_firstByMessageId.TryGetValue(message.MessageId, out var first))
        {
            _entries.Add(first.Sha256 == sha256
                ? new Entry(check, null, $"the same event as {first.Origin}", [])
                : new Entry(check, null, null, [$"{first.Origin} is another event for the same agency, decision and revision ({message.MessageId}); the queue would drop this one as a duplicate. Send a correction as the next revision."]));
            return;
        }

        _firstByMessageId[message.MessageId] = (check.Input.Origin, sha256);
        var outgoing = new OutgoingEvent(check.Input.Origin, message);
        _outgoing.Add(outgoing);
        _entries.Add(new Entry(check, outgoing, null, []));
    }

    public async Task WriteReportAsync(TextWriter output, BatchSendResult<OutgoingEvent> result)
    {
        var sent = result.Sent.ToHashSet();
        var tooLarge = result.TooLarge.ToHashSet();
        foreach (var entry in _entries)
        {
            var origin = entry.Check.Input.Origin;
            if (entry.Outgoing is { } outgoing)
            {
                var id = outgoing.Message.MessageId;
                await output.WriteLineAsync(
                    sent.Contains(outgoing) ? $"sent      {id}  {origin}"
                    : tooLarge.Contains(outgoing) ? $"refused   {id}  {origin}  too large: {outgoing.Message.Body.ToMemory().Length} bytes do not fit in a message batch of this namespace even alone"
                    : $"not sent  {id}  {origin}").ConfigureAwait(false);
            }
            else if (entry.Skipped is { } reason)
            {
                await output.WriteLineAsync($"skipped   {entry.Check.LoggableEventId}  {origin}  {reason}").ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync($"refused   {entry.Check.LoggableEventId ?? "(no event id)"}  {origin}  {entry.Reasons.Count} reason(s)").ConfigureAwait(false);
                foreach (var line in entry.Reasons)
                {
                    await output.WriteLineAsync($"          {line}").ConfigureAwait(false);
                }
            }
        }

        var skipped = _entries.Count(entry => entry.Skipped is not null);
        var notSent = result.NotSent.Count;
        await output.WriteLineAsync(
            $"{_entries.Count} event(s): {sent.Count} sent, {skipped} skipped, {Refused + tooLarge.Count} refused{(notSent > 0 ? $", {notSent} not sent" : string.Empty)}.").ConfigureAwait(false);
    }

    private sealed record Entry(EventCheck Check, OutgoingEvent? Outgoing, string? Skipped, IReadOnlyList<string> Reasons);
}
