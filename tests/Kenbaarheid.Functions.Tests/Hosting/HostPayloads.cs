using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Functions.Tests.Hosting;

/// <summary>
/// The invocation payloads of <c>Payloads/</c>, and new ones built the way the host builds them (see
/// <c>Payloads/README.md</c>) for events that are not among the samples.
/// </summary>
internal static class HostPayloads
{
    // Newtonsoft, which the host uses, leaves non-ASCII characters as they are.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PayloadFolder => Path.Combine(AppContext.BaseDirectory, "Payloads");

    public static string SamplesFolder => Path.Combine(Azure.Tests.Azurite.AzuriteInstall.RepositoryRoot(), "samples", "events");

    public static IEnumerable<string> ServiceBusPayloadNames =>
        Directory.EnumerateFiles(PayloadFolder, "servicebus-*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string Read(string name) => File.ReadAllText(Path.Combine(PayloadFolder, $"{name}.json"), Encoding.UTF8);

    public static byte[] SampleEvent(string payloadName) =>
        File.ReadAllBytes(Path.Combine(SamplesFolder, payloadName["servicebus-".Length..] + ".json"));

    /// <summary>
    /// A Service Bus invocation for a message with this body in the string form, the one a host sends when the
    /// trigger's <c>dataType</c> is <c>string</c> or missing: the host serialises the string to JSON text and writes
    /// that text as a JSON string into the envelope, so it is encoded twice; scalar metadata likewise.
    /// </summary>
    public static string ServiceBus(string messageBody, string messageId, int deliveryCount)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = JsonSerializer.Serialize(messageBody, Unescaped) },
            ["Metadata"] = new JsonObject
            {
                ["DeliveryCount"] = deliveryCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["MessageId"] = JsonSerializer.Serialize(messageId),
                ["ContentType"] = JsonSerializer.Serialize("application/cloudevents+json; charset=utf-8"),
                ["UserProperties"] = new JsonObject(),
                ["sys"] = new JsonObject { ["MethodName"] = "ProcessDecision" },
            },
        };
        return envelope.ToJsonString(Unescaped);
    }

    /// <summary>
    /// A Service Bus invocation for a message of these bytes in the binary form, the one the deployed host sends
    /// because the trigger's <c>dataType</c> is <c>binary</c> (<c>functions/ProcessDecision/function.json</c>): the
    /// body's exact bytes as base64, whatever they are. See <c>Payloads/README.md</c>.
    /// </summary>
    public static string ServiceBus(byte[] messageBody, string messageId, int deliveryCount)
    {
        var envelope = JsonNode.Parse(ServiceBus(string.Empty, messageId, deliveryCount))!;
        envelope["Data"]!["message"] = Convert.ToBase64String(messageBody);
        return envelope.ToJsonString(Unescaped);
    }

    /// <summary>The same payload as the host would send it on a later delivery.</summary>
    public static string Redelivered(string envelope, int deliveryCount)
    {
        var node = JsonNode.Parse(envelope)!;
        node["Metadata"]!["DeliveryCount"] = deliveryCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return node.ToJsonString(Unescaped);
    }

    /// <summary>A sample event with another event id and decision id, so it makes a notice of its own.</summary>
    public static string FreshEvent(string sampleName, string suffix)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesFolder, sampleName + ".json")))!;
        node["id"] = $"{node["id"]!.GetValue<string>()}-{suffix}";
        node["data"]!["decision"]!["id"] = $"{node["data"]!["decision"]!["id"]!.GetValue<string>()}-{suffix}";
        node["subject"] = node["data"]!["decision"]!["id"]!.GetValue<string>();
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
