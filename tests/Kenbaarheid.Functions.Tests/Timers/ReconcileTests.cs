using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Timers;

[Collection(SyncHandlerGroup.Name)]
public sealed class ReconcileTests(SyncHandlerServer server)
{
    [Fact]
    public async Task Reconcile_LogsAndMeasuresTheMissingUnfinishedAndOpenWithoutPersonalData()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var issued = HostPayloads.FreshEvent("04-parkeervergunning-automated", $"ok-{suffix}");
        (await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(issued, $"ok-{suffix}", 1))).Dispose();
        var rejected = HostPayloads.Read("servicebus-90-rejected-bsn-bad-lars-missing-source");
        (await server.InvokeAsync("ProcessDecision", rejected)).Dispose();
        await server.Blobs.GetBlobContainerClient("notices").GetBlobClient($"gm9999/HALF-{suffix}/r1/notice.nl.txt").UploadAsync(BinaryData.FromString("notice"));
        await server.Blobs.GetBlobContainerClient("registry").GetBlobClient($"expected/gm9999-{suffix}.csv")
            .UploadAsync(BinaryData.FromString($"# gm9999\ngm9999,PV-2026-1201-ok-{suffix},1\ngm9999,SENT-{suffix}\nnot,a,valid,line\n"));
        var measured = new Dictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OperationsTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (measured)
            {
                measured[instrument.Name] = value;
            }
        });
        listener.Start();

        using var response = await server.InvokeAsync("Reconcile", TimerPayloads.Envelope("Reconcile"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(answer.RootElement.GetProperty("Outputs").EnumerateObject());
        var lines = server.Logs.Lines.ToList();
        Assert.Contains(lines, line => line.Contains($"expected decision gm9999,SENT-{suffix} has neither a notice nor a rejection", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains($"unfinished notice folder notices/gm9999/HALF-{suffix}/r1", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("open rejection of gm9999,HT-2027-000999, event evt-2026-11-22-000090", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains($"gm9999-{suffix}.csv, line 4", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Reconciliation: ", StringComparison.Ordinal) && line.Contains("1 of 2 expected decision(s) missing", StringComparison.Ordinal));
        Assert.True(measured["kenbaarheid.reconcile.missing_decisions"] >= 1);
        Assert.True(measured["kenbaarheid.reconcile.unfinished_folders"] >= 1);
        Assert.True(measured["kenbaarheid.reconcile.open_rejections"] >= 1);
        // The rejected event carries a BSN as recipient reference: it must appear nowhere in the logs.
        var recipient = JsonDocument.Parse(HostPayloads.SampleEvent("servicebus-90-rejected-bsn-bad-lars-missing-source")).RootElement.GetProperty("data").GetProperty("recipient").GetProperty("ref").GetString()!;
        Assert.DoesNotContain(lines, line => line.Contains(recipient, StringComparison.Ordinal));
    }
}
