using System.Net;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Endpoints;

/// <summary>
/// What the handler asks of Blob Storage for one event, counted at a proxy in front of Azurite: a new notice is one
/// create-only Put per blob and nothing else (no read first); a redelivery is one refused Put, the compare, and the
/// manifest that says the set is finished.
/// </summary>
public sealed class StorageRequestsTests : IAsyncLifetime
{
    private readonly HandlerServer _server = new() { ThroughStoreProxy = true };

    private StorageProxy Proxy => _server.StoreProxy!;

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task ANewNotice_TakesOnePutPerBlobAndNoOtherRequest_AndARedeliveryThreeRequests()
    {
        // The first notice also creates the container; the one after it is what every later notice costs.
        await IssueAsync(HostPayloads.FreshEvent("02-toeslag-risk-supported", Guid.NewGuid().ToString("N")[..8]), "warm-up");
        Proxy.ForgetRequests();
        var body = HostPayloads.FreshEvent("01-huurtoeslag-automated", Guid.NewGuid().ToString("N")[..8]);

        var issued = await IssueAsync(body, "first");
        var forNotice = Proxy.Requests;
        Proxy.ForgetRequests();
        await IssueAsync(body, "again");
        var forRedelivery = Proxy.Requests;

        var manifest = issued.GetProperty("manifest").GetString()!;
        var blobs = issued.GetProperty("files").EnumerateArray().Select(file => file.GetProperty("path").GetString()!).Append(manifest).ToList();
        Assert.Equal(blobs.Count, forNotice.Count);
        Assert.All(forNotice, request => Assert.StartsWith("PUT /devstoreaccount1/notices/", request, StringComparison.Ordinal));
        Assert.Equal(blobs.Order(StringComparer.Ordinal), forNotice.Select(r => r["PUT /devstoreaccount1/".Length..]).Order(StringComparer.Ordinal));
        Assert.Equal($"PUT /devstoreaccount1/{manifest}", forNotice[^1]);
        Assert.Equal(["PUT", "GET", "GET"], forRedelivery.Select(r => r[..r.IndexOf(' ', StringComparison.Ordinal)]));
        Assert.Equal($"GET /devstoreaccount1/{manifest}", forRedelivery[^1]);
    }

    /// <summary>Posts the event as the host would and returns the notices-issued message.</summary>
    private async Task<JsonElement> IssueAsync(string eventBody, string messageId)
    {
        using var response = await _server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(eventBody, messageId, deliveryCount: 1));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var issued = answer.RootElement.GetProperty("Outputs").GetProperty("issued").GetString();
        Assert.NotNull(issued);
        using var message = JsonDocument.Parse(issued);
        return message.RootElement.Clone();
    }
}
