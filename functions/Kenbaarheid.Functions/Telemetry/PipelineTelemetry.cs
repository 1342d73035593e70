using System.Diagnostics;
using System.Diagnostics.Metrics;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Functions.Telemetry;

/// <summary>
/// The handler's traces and metrics: one span per event, notices issued, rejections by reason code, transient
/// failures, and pipeline latency. Attributes are ids and codes only; an agency id is recorded only once the
/// event was valid, because before that it is whatever text the sender put there.
/// </summary>
public sealed class PipelineTelemetry : IDisposable
{
    public const string SourceName = "Kenbaarheid.Functions";
    public const string MeterName = "Kenbaarheid.Pipeline";

    private readonly Meter _meter;
    private readonly Counter<long> _issued;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _transientFailures;
    private readonly Histogram<double> _duration;

    public PipelineTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _issued = _meter.CreateCounter<long>("kenbaarheid.notices.issued", "{notice}", "Events that ended with a notice set (including redeliveries that found it stored).");
        _rejections = _meter.CreateCounter<long>("kenbaarheid.rejections", "{reason}", "Rejection reasons, one per reason code of each rejected event.");
        _transientFailures = _meter.CreateCounter<long>("kenbaarheid.transient_failures", "{event}", "Events handed back for redelivery because the store was unavailable.");
        _duration = _meter.CreateHistogram<double>("kenbaarheid.pipeline.duration", "s", "Time from event bytes to outcome, store included.");
    }

    public static ActivitySource Source { get; } = new(SourceName);

    public static Activity? StartEvent(string functionName, string? messageId, string? deliveryCount)
    {
        var activity = Source.StartActivity(functionName, ActivityKind.Consumer);
        activity?.SetTag("messaging.system", "servicebus");
        activity?.SetTag("messaging.message.id", messageId);
        activity?.SetTag("messaging.servicebus.message.delivery_count", deliveryCount);
        return activity;
    }

    public void Record(Activity? activity, PipelineOutcome outcome, TimeSpan elapsed)
    {
        var kind = outcome switch
        {
            PipelineOutcome.Issued => "issued",
            PipelineOutcome.Rejected => "rejected",
            _ => "transient_failure",
        };
        activity?.SetTag("kenbaarheid.event.id", outcome.LoggableEventId);
        activity?.SetTag("kenbaarheid.outcome", kind);
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kenbaarheid.outcome", kind));
        switch (outcome)
        {
            case PipelineOutcome.Issued issued:
                activity?.SetTag("kenbaarheid.agency.id", issued.Manifest.AgencyId.Value);
                activity?.SetTag("kenbaarheid.notice.already_issued", issued.AlreadyIssued);
                _issued.Add(1, new KeyValuePair<string, object?>("kenbaarheid.agency.id", issued.Manifest.AgencyId.Value), new KeyValuePair<string, object?>("kenbaarheid.already_issued", issued.AlreadyIssued));
                break;
            case PipelineOutcome.Rejected rejected:
                var codes = rejected.Record.Reasons.Select(reason => reason.Code).Distinct(StringComparer.Ordinal).ToList();
                activity?.SetTag("kenbaarheid.rejection.codes", string.Join(' ', codes));
                foreach (var code in codes)
                {
                    _rejections.Add(1, new KeyValuePair<string, object?>("kenbaarheid.rejection.code", code));
                }

                break;
            case PipelineOutcome.TransientFailure:
                activity?.SetStatus(ActivityStatusCode.Error, "notice store unavailable");
                _transientFailures.Add(1);
                break;
        }
    }

    public void Dispose() => _meter.Dispose();
}
