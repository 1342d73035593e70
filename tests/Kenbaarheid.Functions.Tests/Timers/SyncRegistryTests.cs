using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kenbaarheid.Functions.Tests.Hosting;
using Kenbaarheid.Tests.Registry;

namespace Kenbaarheid.Functions.Tests.Timers;

[Collection(SyncHandlerGroup.Name)]
public sealed class SyncRegistryTests(SyncHandlerServer server)
{
    private async Task<string?> CurrentSnapshotIdAsync()
    {
        var blob = server.Blobs.GetBlobContainerClient("registry").GetBlobClient("sync/current.json");
        return await blob.ExistsAsync() ? (string?)JsonNode.Parse((await blob.DownloadContentAsync()).Value.Content.ToString())!["snapshotId"] : null;
    }

    private async Task<JsonNode> ProcessFreshEventAsync(string suffix)
    {
        var body = HostPayloads.FreshEvent("01-huurtoeslag-automated", suffix);
        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(body, $"msg-{suffix}", 1));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = JsonNode.Parse(body)!["data"]!["decision"]!["id"]!.GetValue<string>();
        var manifest = await server.Blobs.GetBlobContainerClient("notices").GetBlobClient($"zb999901/{decision}/r1/manifest.json").DownloadContentAsync();
        return JsonNode.Parse(manifest.Value.Content.ToString())!;
    }

    [Fact]
    public async Task SyncRegistry_WritesASnapshotThatTheNextProcessDecisionNamesInItsManifest()
    {
        using var response = await server.InvokeAsync("SyncRegistry", TimerPayloads.Envelope("SyncRegistry"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(answer.RootElement.GetProperty("Outputs").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("ReturnValue").ValueKind);
        var snapshotId = await CurrentSnapshotIdAsync();
        Assert.NotNull(snapshotId);
        Assert.Contains($"Snapshot {snapshotId} is current: 6 entries", answer.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        // The agency profiles decide what is synced when no organisations are configured.
        Assert.All(["gm9999", "zb999901", "zb999902"], org => Assert.True(server.Register.Count($"GET /api/organisation-details/{org}/") > 0, $"{org} was not synced."));

        var manifest = await ProcessFreshEventAsync($"sync-{Guid.NewGuid():N}"[..13]);

        Assert.Equal(snapshotId, (string?)manifest["registerSnapshotId"]);
        Assert.Contains(server.Logs.Lines, line => line.Contains($"Register sync made snapshot {snapshotId} current", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncRegistry_WhenTheRegisterFails_Answers500AndTheLastSnapshotStaysInUse()
    {
        (await server.InvokeAsync("SyncRegistry", TimerPayloads.Envelope("SyncRegistry"))).Dispose();
        var before = await CurrentSnapshotIdAsync();
        server.Register.FailNext("/api/", RegisterFixtureServer.Fault.WithStatus(503));

        using var response = await server.InvokeAsync("SyncRegistry", TimerPayloads.Envelope("SyncRegistry"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Register sync failed; the current snapshot stays in use.", answer.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CurrentSnapshotIdAsync());
        var manifest = await ProcessFreshEventAsync($"down-{Guid.NewGuid():N}"[..13]);
        Assert.Equal(before, (string?)manifest["registerSnapshotId"]);
    }
}
