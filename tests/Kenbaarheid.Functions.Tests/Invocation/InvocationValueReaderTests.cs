using System.Text;
using System.Text.Json;
using Kenbaarheid.Functions.Invocation;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Invocation;

public sealed class InvocationValueReaderTests
{
    [Fact]
    public void ReadMessage_AStringEncodedTwice_GivesTheOriginalBytes()
    {
        var body = "{\"id\":\"é\",\"text\":\"line\\nbreak \\\"quoted\\\"\"}";
        var envelope = JsonDocument.Parse(HostPayloads.ServiceBus(body, "m", 1));

        var bytes = InvocationValueReader.ReadMessage(envelope.RootElement.GetProperty("Data").GetProperty("message"));

        Assert.Equal(Encoding.UTF8.GetBytes(body), bytes);
    }

    [Fact]
    public void ReadMessage_Base64_GivesTheBytes()
    {
        var bytes = InvocationValueReader.ReadMessage(JsonDocument.Parse("\"eyJhIjoxfQ==\"").RootElement);

        Assert.Equal("{\"a\":1}"u8.ToArray(), bytes);
    }

    [Fact]
    public void ReadMessage_AnObject_GivesItsJson()
    {
        var bytes = InvocationValueReader.ReadMessage(JsonDocument.Parse("{\"a\":1}").RootElement);

        Assert.Equal("{\"a\":1}"u8.ToArray(), bytes);
    }

    [Theory]
    [InlineData("\"\\\"abc\\\"\"", "abc")]
    [InlineData("\"1\"", "1")]
    [InlineData("3", "3")]
    [InlineData("{}", null)]
    public void ReadScalar_MetadataAsTheHostSendsIt_GivesPlainText(string json, string? expected)
    {
        Assert.Equal(expected, InvocationValueReader.ReadScalar(JsonDocument.Parse(json).RootElement));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void RecordedPayload_HoldsItsSampleEventEncodedTwice(string payload)
    {
        using var envelope = JsonDocument.Parse(HostPayloads.Read(payload));
        var request = envelope.RootElement;

        Assert.Equal(HostPayloads.SampleEvent(payload), InvocationValueReader.ReadMessage(request.GetProperty("Data").GetProperty("message")));
        Assert.Equal("1", InvocationValueReader.ReadScalar(request.GetProperty("Metadata").GetProperty("DeliveryCount")));
        Assert.Matches("^[0-9a-f]{32}$", InvocationValueReader.ReadScalar(request.GetProperty("Metadata").GetProperty("MessageId")));
    }

    public static TheoryData<string> Payloads => new(HostPayloads.ServiceBusPayloadNames);
}
