using System.Collections.Concurrent;
using System.Diagnostics;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Deliveries sent to race each other: every request is built first and held behind one gate, then all are released
/// at once. The handler's own span of each event (by message id) records when the handler worked on it, so a test
/// can tell a race that happened from one that did not: the deliveries raced when all were in the pipeline at one
/// moment (the latest start before the earliest end). Other handlers in the process do not count: only message ids
/// sent through this instance are recorded.
/// </summary>
internal sealed class Competitors : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTime Start, DateTime End)> _inPipeline = new(StringComparer.Ordinal);
    private readonly ActivityListener _listener;

    public Competitors()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PipelineTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("messaging.message.id") is string id && _sent.ContainsKey(id))
                {
                    _inPipeline[id] = (activity.StartTimeUtc, activity.StartTimeUtc + activity.Duration);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Posts the envelopes (message id, envelope) all at once and returns the answers in the same order.</summary>
    public async Task<InvocationAnswer[]> PostTogetherAsync(HandlerServer server, IReadOnlyList<(string MessageId, string Envelope)> deliveries)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var ready = new CountdownEvent(deliveries.Count);
        var posts = deliveries.Select(delivery => Task.Run(async () =>
        {
            _sent[delivery.MessageId] = 0;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/ProcessDecision") { Content = HandlerServer.EnvelopeContent(delivery.Envelope) };
            await request.Content.LoadIntoBufferAsync();
            ready.Signal();
            await gate.Task;
            using var response = await server.Http.SendAsync(request);
            return await InvocationAnswer.ReadAsync(response);
        })).ToList();
        ready.Wait(TimeSpan.FromSeconds(30));
        gate.SetResult();
        return await Task.WhenAll(posts);
    }

    /// <summary>Whether the handler had all these messages in its pipeline at one moment.</summary>
    public bool Raced(IEnumerable<string> messageIds)
    {
        var spans = messageIds.Select(id => _inPipeline.TryGetValue(id, out var span) ? span : ((DateTime, DateTime)?)null).ToList();
        return spans.All(span => span is not null) && spans.Max(span => span!.Value.Item1) < spans.Min(span => span!.Value.Item2);
    }

    public void Dispose() => _listener.Dispose();
}
