using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kenbaarheid.Functions.Tests.Hosting;
using Kenbaarheid.Functions.Tests.Reliability;

namespace Kenbaarheid.Functions.Tests.Endpoints;

/// <summary>
/// The host sends a Service Bus message in one of two forms, decided by the trigger's <c>dataType</c>
/// (<c>Payloads/README.md</c> names the host's source): base64 of the body's bytes (binary, as deployed) or the body
/// as a twice-encoded string. Either form must give the same event bytes, so the same notice or rejection.
/// </summary>
[Collection(HandlerGroup.Name)]
public sealed class HostEnvelopeTests(HandlerServer server)
{
    public static TheoryData<string> Samples => new(HostPayloads.ServiceBusPayloadNames);

    [Fact]
    public void TheServiceBusTrigger_AsksTheHostForTheMessageBytes()
    {
        var functionJson = Path.Combine(Azure.Tests.Azurite.AzuriteInstall.RepositoryRoot(), "functions", "ProcessDecision", "function.json");
        var trigger = JsonNode.Parse(File.ReadAllText(functionJson))!["bindings"]!.AsArray()
            .Single(binding => binding!["type"]!.GetValue<string>() == "serviceBusTrigger")!;

        // With "string" (or none) the host decodes the body as UTF-8 first, replacing bytes that are not.
        Assert.Equal("binary", trigger["dataType"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task EachSample_InTheStringAndInTheBinaryForm_GivesTheSameOutcomeAndChangesNoBlobTheOtherWrote(string payload)
    {
        var sample = HostPayloads.SampleEvent(payload);
        var isRejected = payload.Contains("-rejected-", StringComparison.Ordinal);
        // Issuable samples get ids of their own, so this test's first delivery is the one that writes.
        var bytes = isRejected ? sample : System.Text.Encoding.UTF8.GetBytes(HostPayloads.FreshEvent(payload["servicebus-".Length..], Guid.NewGuid().ToString("N")[..8]));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        // Half the samples go binary first, so neither form is always the one that writes.
        var binaryFirst = HostPayloads.ServiceBusPayloadNames.ToList().IndexOf(payload) % 2 == 0;
        var forms = new[] { HostPayloads.ServiceBus(text, $"string-{payload}", 1), HostPayloads.ServiceBus(bytes, $"binary-{payload}", 1) };
        if (binaryFirst)
        {
            Array.Reverse(forms);
        }

        var first = await PostAsync(forms[0]);
        var before = await server.SnapshotAsync();
        var second = await PostAsync(forms[1]);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        if (isRejected)
        {
            Assert.Null(first.Issued);
            Assert.Null(second.Issued);
            Assert.NotNull(first.RecordPath);
            Assert.Equal(first.RecordPath, second.RecordPath);
            var original = await server.Blobs.GetBlobContainerClient("rejections").GetBlobClient(first.RecordPath!["rejections/".Length..^".json".Length] + ".event.json").DownloadContentAsync();
            Assert.Equal(bytes, original.Value.Content.ToArray());
        }
        else
        {
            // A second form that decoded to other bytes would be a conflicting event, refused with NOTICE_EXISTS.
            Assert.NotNull(first.Issued);
            Assert.NotNull(second.Issued);
            Assert.Equal(NoticeId(first), NoticeId(second));
            var manifest = JsonNode.Parse((await server.Blobs.GetBlobContainerClient("notices").GetBlobClient(JsonNode.Parse(first.Issued!)!["manifest"]!.GetValue<string>()["notices/".Length..]).DownloadContentAsync()).Value.Content.ToString())!;
            Assert.Equal(StoredBlobs.Sha256(bytes), manifest["eventSha256"]!.GetValue<string>());
        }

        Assert.Equal(before, await server.SnapshotAsync());
    }

    private static string NoticeId(InvocationAnswer answer) => JsonDocument.Parse(answer.Issued!).RootElement.GetProperty("noticeId").GetString()!;

    private async Task<InvocationAnswer> PostAsync(string envelope)
    {
        using var response = await server.InvokeAsync("ProcessDecision", envelope);
        return await InvocationAnswer.ReadAsync(response);
    }
}
