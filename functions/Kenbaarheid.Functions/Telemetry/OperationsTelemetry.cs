using System.Diagnostics.Metrics;
using Kenbaarheid.Reconciliation;

namespace Kenbaarheid.Functions.Telemetry;

/// <summary>
/// Metrics of the timers: register syncs by outcome and the size of the snapshot made current, and the last
/// reconciliation's counts, as gauges an alert can watch (any unfinished folder, open rejection or missing decision
/// above zero). Counts and outcomes only.
/// </summary>
public sealed class OperationsTelemetry : IDisposable
{
    public const string MeterName = "Kenbaarheid.Operations";

    private readonly Meter _meter;
    private readonly Counter<long> _syncs;
    private readonly Gauge<long> _snapshotEntries;
    private readonly Gauge<long> _unfinished;
    private readonly Gauge<long> _openRejections;
    private readonly Gauge<long> _missing;
    private readonly Gauge<long> _expected;

    public OperationsTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _syncs = _meter.CreateCounter<long>("kenbaarheid.registry.syncs", "{sync}", "Register sync attempts, by outcome (succeeded, failed).");
        _snapshotEntries = _meter.CreateGauge<long>("kenbaarheid.registry.snapshot.entries", "{entry}", "Entries in the snapshot the last successful sync made current.");
        _unfinished = _meter.CreateGauge<long>("kenbaarheid.reconcile.unfinished_folders", "{folder}", "Notice folders without a manifest at the last reconciliation.");
        _openRejections = _meter.CreateGauge<long>("kenbaarheid.reconcile.open_rejections", "{rejection}", "Rejections with no notice since, at the last reconciliation.");
        _missing = _meter.CreateGauge<long>("kenbaarheid.reconcile.missing_decisions", "{decision}", "Expected decisions with neither a notice nor a rejection, at the last reconciliation.");
        _expected = _meter.CreateGauge<long>("kenbaarheid.reconcile.expected_decisions", "{decision}", "Decisions in the expected lists at the last reconciliation.");
    }

    public void SyncSucceeded(int entryCount)
    {
        _syncs.Add(1, new KeyValuePair<string, object?>("kenbaarheid.outcome", "succeeded"));
        _snapshotEntries.Record(entryCount);
    }

    public void SyncFailed() => _syncs.Add(1, new KeyValuePair<string, object?>("kenbaarheid.outcome", "failed"));

    public void Reconciled(ReconciliationReport report)
    {
        _unfinished.Record(report.Unfinished.Count);
        _openRejections.Record(report.OpenRejections.Count);
        if (report.Expected is not null)
        {
            _missing.Record(report.Missing.Count);
            _expected.Record(report.ExpectedCount);
        }
    }

    public void Dispose() => _meter.Dispose();
}
