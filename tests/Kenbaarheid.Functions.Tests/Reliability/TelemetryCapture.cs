using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Every span of every activity source and every measurement of every meter in the process, written out as the
/// text an exporter would send: names, tags, events, status and baggage.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentQueue<string> _spans = new();
    private readonly ConcurrentQueue<string> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    public TelemetryCapture()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _spans.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    public IReadOnlyCollection<string> Spans => _spans;

    public IReadOnlyCollection<string> Measurements => _measurements;

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private static string Describe(Activity activity) =>
        string.Join(
            " | ",
            new[] { $"{activity.Source.Name} {activity.OperationName} {activity.DisplayName} {activity.Status} {activity.StatusDescription}" }
                .Concat(activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
                .Concat(activity.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name}: {tag.Key}={tag.Value}").Append(e.Name)))
                .Concat(activity.Baggage.Select(item => $"baggage {item.Key}={item.Value}")));

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new List<string> { $"{instrument.Meter.Name} {instrument.Name}={value}" };
        foreach (var tag in tags)
        {
            text.Add($"{tag.Key}={tag.Value}");
        }

        _measurements.Enqueue(string.Join(" | ", text));
    }
}
