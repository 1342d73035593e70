using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Endpoints;

/// <summary>
/// Messages whose body is a JSON string holding the event, as Service Bus Explorer in the portal and some clients send
/// them, through the running handler.
/// </summary>
[Collection(HandlerGroup.Name)]
public sealed class StringBodyTests(HandlerServer server)
{
    [Fact]
    public async Task ServiceBusInvocation_OfAnEventWrappedInAJsonString_IssuesTheNoticeOfTheEventInside()
    {
        var eventText = HostPayloads.FreshEvent("01-huurtoeslag-automated", "wrapped");
        var body = JsonSerializer.Serialize(eventText);

        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(body, "explorer-1", 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var issued = JsonDocument.Parse(answer.RootElement.GetProperty("Outputs").GetProperty("issued").GetString()!);
        Assert.Equal("HT-2027-000123-wrapped", issued.RootElement.GetProperty("decisionId").GetString());
        var manifest = await server.Blobs.GetBlobContainerClient("notices").GetBlobClient("zb999901/HT-2027-000123-wrapped/r1/manifest.json").DownloadContentAsync();
        // The pipeline hashed the event inside, so the plain event is the same event: its resend is a redelivery.
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventText))),
            JsonDocument.Parse(manifest.Value.Content.ToString()).RootElement.GetProperty("eventSha256").GetString());
        Assert.Contains(server.Logs.Lines, line => line.Contains("Message explorer-1 held its event as a JSON string", StringComparison.Ordinal));

        using var plain = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(eventText, "plain-1", 1));
        Assert.Contains("(already issued)", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceBusInvocation_OfABadEventWrappedInAJsonString_RejectsTheEventInsideWithItsOwnReasons()
    {
        var sample = HostPayloads.SampleEvent("servicebus-90-rejected-bsn-bad-lars-missing-source");

        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(JsonSerializer.Serialize(Encoding.UTF8.GetString(sample)), "explorer-90", 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("RECIPIENT_REF_IS_BSN, ALGORITHM_LARS_CHECK_DIGIT, DATA_SOURCE_MISSING", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var kept = await server.Blobs.GetBlobContainerClient("rejections").GetBlobClient("gm9999/evt-2026-11-22-000090.event.json").DownloadContentAsync();
        Assert.Equal(sample, kept.Value.Content.ToArray());
    }

    [Theory]
    [InlineData("{\"id\":\"not-a-cloudevent\",\"data\":{}}")]
    [InlineData("[{\"specversion\":\"1.0\"}]")]
    [InlineData("plain text, not JSON")]
    public async Task ServiceBusInvocation_OfAJsonStringWhoseTextIsNoCloudEvent_RejectsTheStringAsItCame(string inner)
    {
        var body = JsonSerializer.Serialize(inner);

        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(body, "explorer-x", 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Rejected event (no id): EVENT_NOT_OBJECT.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var kept = await server.Blobs.GetBlobContainerClient("rejections").GetBlobClient($"_unknown/_no-id-{sha[..16]}.event.json").DownloadContentAsync();
        Assert.Equal(body, kept.Value.Content.ToString());
    }
}
