using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Functions.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kenbaarheid.Functions.Tests.Telemetry;

[Collection(HandlerGroup.Name)]
public sealed class PipelineTelemetryTests(HandlerServer server) : IDisposable
{
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans = new();

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
    }

    [Fact]
    public async Task Processing_RecordsOutcomesAndLatencyWithoutAnyPersonalData()
    {
        // Other handlers run in this process at the same time (other test collections): only this server's meter
        // and this test's messages count.
        var run = Guid.NewGuid().ToString("N")[..8];
        Listen(server.Services.GetRequiredService<IMeterFactory>(), new HashSet<string>(StringComparer.Ordinal) { $"m-issued-{run}", $"m-rejected-{run}" });
        // The handler's log holds the lines of every earlier test of the group (whose ids may look like these values).
        var linesBefore = server.Logs.Lines.Count;
        var issuedBody = HostPayloads.FreshEvent("02-toeslag-risk-supported", run);
        var rejectedBody = HostPayloads.SampleEvent("servicebus-90-rejected-bsn-bad-lars-missing-source");

        using var issued = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(issuedBody, $"m-issued-{run}", 1));
        using var rejected = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(rejectedBody, $"m-rejected-{run}", 1));

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        _meters.RecordObservableInstruments();
        Assert.Contains(_measurements, m => m.Instrument == "kenbaarheid.notices.issued" && Equals(m.Tags["kenbaarheid.agency.id"], "zb999901"));
        var codes = _measurements.Where(m => m.Instrument == "kenbaarheid.rejections").Select(m => m.Tags["kenbaarheid.rejection.code"]).ToList();
        Assert.Contains("RECIPIENT_REF_IS_BSN", codes);
        Assert.Contains("DATA_SOURCE_MISSING", codes);
        Assert.Equal(2, _measurements.Count(m => m.Instrument == "kenbaarheid.pipeline.duration"));
        Assert.Contains(_activities, a => a.GetTagItem("kenbaarheid.outcome") as string == "rejected" && a.GetTagItem("kenbaarheid.event.id") as string == "evt-2026-11-22-000090");

        var lines = server.Logs.Lines.Skip(linesBefore).ToList();
        Assert.Contains(lines, line => line.Contains("evt-2026-11-22-000090", StringComparison.Ordinal));

        // What an operator sees — log lines, span tags, metric tags — holds neither recipient nor free text.
        var seen = lines
            .Concat(_activities.SelectMany(a => a.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")))
            .Concat(_measurements.SelectMany(m => m.Tags.Select(tag => $"{tag.Key}={tag.Value}")))
            .ToList();
        foreach (var secret in PersonalValues(JsonDocument.Parse(issuedBody)).Concat(PersonalValues(JsonDocument.Parse(rejectedBody))))
        {
            Assert.DoesNotContain(seen, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>The recipient reference and the decision's free text: what must never reach telemetry.</summary>
    private static IEnumerable<string> PersonalValues(JsonDocument document)
    {
        var data = document.RootElement.GetProperty("data");
        yield return data.GetProperty("recipient").GetProperty("ref").GetString()!;
        if (data.GetProperty("decision").TryGetProperty("purpose", out var purpose))
        {
            yield return purpose.GetString()!;
        }
    }

    private void Listen(IMeterFactory serversMeters, HashSet<string> messageIds)
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineTelemetry.MeterName && instrument.Meter.Scope == serversMeters)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();

        _spans.ShouldListenTo = source => source.Name == PipelineTelemetry.SourceName;
        _spans.Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded;
        _spans.ActivityStopped = activity =>
        {
            if (activity.GetTagItem("messaging.message.id") is string id && messageIds.Contains(id))
            {
                _activities.Enqueue(activity);
            }
        };
        ActivitySource.AddActivityListener(_spans);
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
