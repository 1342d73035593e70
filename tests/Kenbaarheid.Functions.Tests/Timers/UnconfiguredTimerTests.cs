using System.Net;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Timers;

/// <summary>The handler as the local default runs it: no snapshot store, no expected lists.</summary>
[Collection(HandlerGroup.Name)]
public sealed class UnconfiguredTimerTests(HandlerServer server)
{
    [Fact]
    public async Task SyncRegistry_WithoutASnapshotStore_Answers200AndSaysNothingWasSynced()
    {
        using var response = await server.InvokeAsync("SyncRegistry", TimerPayloads.Envelope("SyncRegistry"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Kenbaarheid__RegistrySnapshots is not set", answer.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_WithoutExpectedLists_ReportsTheStoreOwnState()
    {
        using var response = await server.InvokeAsync("Reconcile", TimerPayloads.Envelope("Reconcile", isPastDue: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("0 of 0 expected decision(s) missing", answer.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }
}
