using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Endpoints;

[Collection(HandlerGroup.Name)]
public sealed class ProcessDecisionTests(HandlerServer server)
{
    public static TheoryData<string> IssuedPayloads => new(HostPayloads.ServiceBusPayloadNames.Where(name => !name.Contains("-rejected-", StringComparison.Ordinal)));

    public static TheoryData<string> RejectedPayloads => new(HostPayloads.ServiceBusPayloadNames.Where(name => name.Contains("-rejected-", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(IssuedPayloads))]
    public async Task ServiceBusInvocation_OfAnIssuableSample_WritesExactlyTheNoticeSetAndSendsTheIssuedMessage(string payload)
    {
        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.Read(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, answer.RootElement.GetProperty("Logs").ValueKind);
        // The output binding's value is a JSON string: the host would base64-decode a value that looks like base64.
        using var issued = JsonDocument.Parse(answer.RootElement.GetProperty("Outputs").GetProperty("issued").GetString()!);
        var message = issued.RootElement;
        var folder = $"notices/{message.GetProperty("agencyId").GetString()}/{message.GetProperty("decisionId").GetString()}/r{message.GetProperty("revision").GetInt32()}";
        Assert.Equal($"{folder}/manifest.json", message.GetProperty("manifest").GetString());

        var manifest = JsonDocument.Parse((await server.Blobs.GetBlobContainerClient("notices").GetBlobClient($"{folder["notices/".Length..]}/manifest.json").DownloadContentAsync()).Value.Content.ToString()).RootElement;
        var languages = manifest.GetProperty("languages").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Contains("nl", languages);
        var expected = languages.SelectMany(l => new[] { $"notice.{l}.html", $"notice.{l}.txt", $"notice.{l}.pdf" }).Append("explanation.json").Append("manifest.json").Order(StringComparer.Ordinal);
        var stored = (await server.SnapshotAsync()).Keys.Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal)).Select(k => k[(folder.Length + 1)..]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, stored);

        var files = message.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(expected.Where(n => n != "manifest.json"), files.Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var blob = server.Blobs.GetBlobContainerClient("notices").GetBlobClient($"{folder["notices/".Length..]}/{file.GetProperty("name").GetString()}");
            var content = (await blob.DownloadContentAsync()).Value;
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(content.Content.ToArray())));
            Assert.Equal(file.GetProperty("contentType").GetString(), content.Details.ContentType);
            var tags = (await blob.GetTagsAsync()).Value.Tags;
            Assert.Equal(message.GetProperty("agencyId").GetString(), tags["agency"]);
        }
    }

    [Theory]
    [MemberData(nameof(RejectedPayloads))]
    public async Task ServiceBusInvocation_OfABadSample_WritesARejectionBesideTheOriginalBytesAndCompletes(string payload)
    {
        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.Read(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("Outputs").GetProperty("issued").ValueKind);
        var sample = HostPayloads.SampleEvent(payload);
        var eventId = JsonDocument.Parse(sample).RootElement.GetProperty("id").GetString()!;
        var blobs = (await server.SnapshotAsync()).Keys.Where(k => k.StartsWith("rejections/", StringComparison.Ordinal) && k.Contains(eventId, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, blobs.Count);
        var original = await server.Blobs.GetBlobContainerClient("rejections").GetBlobClient(blobs.Single(b => b.EndsWith(".event.json", StringComparison.Ordinal))["rejections/".Length..]).DownloadContentAsync();
        // The twice-encoded message decodes to the very bytes the agency sent.
        Assert.Equal(sample, original.Value.Content.ToArray());
    }

    [Fact]
    public async Task ServiceBusInvocation_OfAnEventTooLargeToParse_IsRejectedUnderItsOwnIdAndAgency()
    {
        var tooLarge = JsonNode.Parse(HostPayloads.SampleEvent("servicebus-02-toeslag-risk-supported"))!;
        tooLarge["id"] = "evt-too-large-to-parse";
        tooLarge["data"]!["padding"] = new string('x', 262_144);
        var bytes = Encoding.UTF8.GetBytes(tooLarge.ToJsonString());

        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(bytes, "zb999901:HT-2027-000456:1", deliveryCount: 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var blobs = (await server.SnapshotAsync()).Keys.Where(k => k.Contains("evt-too-large-to-parse", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["rejections/zb999901/evt-too-large-to-parse.event.json", "rejections/zb999901/evt-too-large-to-parse.json"], blobs);
        var record = JsonDocument.Parse((await server.Blobs.GetBlobContainerClient("rejections").GetBlobClient("zb999901/evt-too-large-to-parse.json").DownloadContentAsync()).Value.Content.ToString()).RootElement;
        Assert.Equal("evt-too-large-to-parse", record.GetProperty("eventId").GetString());
        Assert.Equal("zb999901", record.GetProperty("agencyId").GetString());
        Assert.Equal("HT-2027-000456", record.GetProperty("decisionId").GetString());
        Assert.Equal("EVENT_TOO_LARGE", Assert.Single(record.GetProperty("reasons").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ServiceBusInvocation_TheSamePayloadAgain_ChangesNoBlobAndSendsTheIssuedMessageAgain()
    {
        var payload = HostPayloads.Read("servicebus-04-parkeervergunning-automated");
        (await server.InvokeAsync("ProcessDecision", payload)).Dispose();
        var rejected = HostPayloads.Read("servicebus-90-rejected-bsn-bad-lars-missing-source");
        (await server.InvokeAsync("ProcessDecision", rejected)).Dispose();
        var before = await server.SnapshotAsync();

        using var again = await server.InvokeAsync("ProcessDecision", HostPayloads.Redelivered(payload, 2));
        using var rejectedAgain = await server.InvokeAsync("ProcessDecision", HostPayloads.Redelivered(rejected, 2));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejectedAgain.StatusCode);
        using var answer = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.String, answer.RootElement.GetProperty("Outputs").GetProperty("issued").ValueKind);
        Assert.Equal(before, await server.SnapshotAsync());
    }

    [Fact]
    public async Task ServiceBusInvocation_WhileTheStoreIsDown_Answers500AndTheRedeliveryCompletesTheSet()
    {
        var body = HostPayloads.FreshEvent("02-toeslag-risk-supported", Guid.NewGuid().ToString("N")[..8]);
        var decisionId = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("decision").GetProperty("id").GetString()!;
        var payload = HostPayloads.ServiceBus(body, Guid.NewGuid().ToString("N"), deliveryCount: 1);

        await server.Azurite.StopAsync();
        try
        {
            using var down = await server.InvokeAsync("ProcessDecision", payload);

            Assert.Equal(HttpStatusCode.InternalServerError, down.StatusCode);
            using var answer = JsonDocument.Parse(await down.Content.ReadAsStringAsync());
            Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("Outputs").GetProperty("issued").ValueKind);
            Assert.NotEmpty(answer.RootElement.GetProperty("Logs").EnumerateArray());
        }
        finally
        {
            await server.Azurite.StartAsync();
        }

        using var redelivered = await server.InvokeAsync("ProcessDecision", HostPayloads.Redelivered(payload, 2));

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var blobs = (await server.SnapshotAsync()).Keys.Where(k => k.Contains($"/{decisionId}/r1/", StringComparison.Ordinal)).ToList();
        Assert.Contains(blobs, b => b.EndsWith("/manifest.json", StringComparison.Ordinal));
        Assert.Contains(blobs, b => b.EndsWith("/notice.nl.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServiceBusInvocation_WithABinaryBody_IsReadFromBase64()
    {
        var sample = HostPayloads.SampleEvent("servicebus-05-woz-supported");
        var payload = $$$"""{"Data":{"message":"{{{Convert.ToBase64String(sample)}}}"},"Metadata":{"DeliveryCount":"1","MessageId":"\"binary\""}}""";

        using var response = await server.InvokeAsync("ProcessDecision", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.String, answer.RootElement.GetProperty("Outputs").GetProperty("issued").ValueKind);
    }

    [Fact]
    public async Task ServiceBusInvocation_WithoutAMessage_FailsWithAJsonBodySoTheMessageIsRetriedAndDeadLettered()
    {
        using var response = await server.InvokeAsync("ProcessDecision", """{"Data":{},"Metadata":{}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(answer.RootElement.TryGetProperty("Outputs", out _));
        Assert.NotEmpty(answer.RootElement.GetProperty("Logs").EnumerateArray());
    }

    [Fact]
    public async Task ServiceBusInvocation_WhenTheStoreHoldsABrokenManifest_Answers500WithAJsonBody()
    {
        var body = HostPayloads.FreshEvent("01-huurtoeslag-automated", Guid.NewGuid().ToString("N")[..8]);
        var decisionId = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("decision").GetProperty("id").GetString()!;
        var notices = server.Blobs.GetBlobContainerClient("notices");
        await notices.CreateIfNotExistsAsync();
        await notices.UploadBlobAsync($"zb999901/{decisionId}/r1/manifest.json", BinaryData.FromString("not a manifest"));

        using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(body, "m-broken", 1));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("Outputs").GetProperty("issued").ValueKind);
        Assert.NotEmpty(answer.RootElement.GetProperty("Logs").EnumerateArray());
    }

    [Fact]
    public async Task Ready_AnswersTheHostsPoll()
    {
        using var response = await server.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
