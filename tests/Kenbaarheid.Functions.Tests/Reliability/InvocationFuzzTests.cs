using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs.Models;
using FsCheck;
using FsCheck.Fluent;
using Kenbaarheid.Functions.Tests.Hosting;
using Kenbaarheid.Tests.Events;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Property-based tests of the handler as the host calls it: whatever the envelope, the metadata or the event
/// bytes, the answer is JSON the host can read, never a 5xx (which would make Service Bus redeliver bad input ten
/// times and dead-letter it without a reason), and the handler never reaches its unexpected-failure path.
/// </summary>
[Collection(HandlerGroup.Name)]
public sealed class InvocationFuzzTests(HandlerServer server, ITestOutputHelper output)
{
    private static readonly string Sample = Encoding.UTF8.GetString(SampleEvents.Bytes(SampleEvents.Woz));

    [Fact]
    public void AnyEnvelope_IsAnsweredWithAJsonBodyAndNeverWithA5xx()
    {
        var statuses = new Dictionary<int, int>();
        var unexpectedBefore = UnexpectedFailures();

        Prop.ForAll(Envelopes().ToArbitrary(), body =>
            {
                var answer = Post(body);
                statuses[(int)answer.Status] = statuses.GetValueOrDefault((int)answer.Status) + 1;
                return Prop.Label(
                    answer.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest && answer.ContentType == "application/json" && answer.Body.Contains("\"Outputs\"", StringComparison.Ordinal),
                    $"{(int)answer.Status} {answer.ContentType}: {answer.Body}");
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(400));

        Report("Random envelopes", statuses, unexpectedBefore);
        Assert.Equal(unexpectedBefore, UnexpectedFailures());
    }

    [Fact]
    public async Task AnyMutatedEvent_InAWellFormedEnvelope_EndsWithExactlyOneOutcome_ANoticeSetOrARejectionRecord()
    {
        var statuses = new Dictionary<int, int>();
        var unexpectedBefore = UnexpectedFailures();
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);

        Prop.ForAll(MutatedSamples.Events(), mutated =>
            {
                var answer = Post(Encoding.UTF8.GetBytes(HostPayloads.ServiceBus(mutated.Bytes, "fuzz", deliveryCount: 1)));
                statuses[(int)answer.Status] = statuses.GetValueOrDefault((int)answer.Status) + 1;
                var sha = StoredBlobs.Sha256(mutated.Bytes);
                var outcome = answer.Status == HttpStatusCode.OK && answer.ContentType == "application/json" ? OutcomeOf(answer, mutated.Bytes, sha) : null;
                if (outcome is not null)
                {
                    outcomes[sha] = outcome;
                }

                return Prop.Label(outcome is not null, $"{(int)answer.Status}: {answer.Body}");
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));

        // The answer named one outcome; the store must hold no other for the same event bytes.
        var stored = await OutcomesByShaAsync();
        var notExactlyOne = outcomes
            .Where(outcome => stored.GetValueOrDefault(outcome.Key) is not { Count: 1 } paths || paths[0] != outcome.Value)
            .Select(outcome => $"{outcome.Key}: answered {outcome.Value}, stored {string.Join(", ", stored.GetValueOrDefault(outcome.Key) ?? [])}")
            .ToList();

        Report("Mutated sample events", statuses, unexpectedBefore, table => table
            .Add("issued (a manifest for the event's bytes) / rejected (a record for them)", $"{outcomes.Values.Count(path => path.StartsWith("notices/", StringComparison.Ordinal))} / {outcomes.Values.Count(path => path.StartsWith("rejections/", StringComparison.Ordinal))} of {outcomes.Count} distinct events")
            .Add("distinct events without exactly the one outcome their answer named", notExactlyOne.Count));
        Assert.True(notExactlyOne.Count == 0, string.Join('\n', notExactlyOne.Take(20)));
        Assert.Equal(unexpectedBefore, UnexpectedFailures());
    }

    /// <summary>
    /// The outcome an answer names, checked in the store: the manifest of the issued set, made from these bytes, or the
    /// rejection record of these bytes with the bytes themselves beside it. Null when the answer names neither.
    /// </summary>
    private string? OutcomeOf(InvocationAnswer answer, byte[] bytes, string sha)
    {
        if (answer.Issued is not null)
        {
            var manifestPath = JsonNode.Parse(answer.Issued)!["manifest"]!.GetValue<string>();
            var manifest = JsonNode.Parse(Download(manifestPath))!;
            return manifest["eventSha256"]?.GetValue<string>() == sha && answer.RecordPath is null ? manifestPath : null;
        }

        if (answer.RecordPath is not { } recordPath)
        {
            return null;
        }

        var record = JsonNode.Parse(Download(recordPath))!;
        var original = Download($"{recordPath[..^".json".Length]}.event.json");
        return record["eventSha256"]?.GetValue<string>() == sha && original.AsSpan().SequenceEqual(bytes) ? recordPath : null;
    }

    /// <summary>Every manifest and rejection record in the store, by the sha256 of the event bytes it was made from.</summary>
    private async Task<Dictionary<string, List<string>>> OutcomesByShaAsync()
    {
        var outcomes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string sha, string path) => (outcomes.TryGetValue(sha, out var paths) ? paths : outcomes[sha] = []).Add(path);

        var notices = server.Blobs.GetBlobContainerClient("notices");
        await foreach (var item in notices.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            if (item.Name.EndsWith("/manifest.json", StringComparison.Ordinal))
            {
                var content = (await notices.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content;
                try
                {
                    if (JsonNode.Parse(content.ToString())?["eventSha256"] is JsonValue sha && sha.TryGetValue<string>(out var text))
                    {
                        Add(text, $"notices/{item.Name}");
                    }
                }
                catch (JsonException)
                {
                    // Other tests of the shared handler plant broken manifests; they are no event's outcome.
                }
            }
        }

        // Each rejection blob carries its event's sha256 as metadata; the record is the one that is not the event.
        await foreach (var item in server.Blobs.GetBlobContainerClient("rejections").GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, null, CancellationToken.None))
        {
            if (!item.Name.EndsWith(".event.json", StringComparison.Ordinal) && item.Metadata.TryGetValue("eventsha256", out var sha))
            {
                Add(sha, $"rejections/{item.Name}");
            }
        }

        return outcomes;
    }

    private byte[] Download(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return server.Blobs.GetBlobContainerClient(path[..slash]).GetBlobClient(path[(slash + 1)..]).DownloadContent().Value.Content.ToArray();
    }

    [Fact]
    public void AnyByteSequence_AsTheMessage_IsRejectedWithA200()
    {
        var statuses = new Dictionary<int, int>();
        var unexpectedBefore = UnexpectedFailures();

        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
            {
                var answer = Post(Encoding.UTF8.GetBytes(HostPayloads.ServiceBus(bytes, "fuzz-bytes", deliveryCount: 1)));
                statuses[(int)answer.Status] = statuses.GetValueOrDefault((int)answer.Status) + 1;
                return Prop.Label(answer.Status == HttpStatusCode.OK && answer.Issued is null && answer.RecordPath is not null, $"{(int)answer.Status}: {answer.Body}");
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));

        Report("Random event bytes", statuses, unexpectedBefore);
        Assert.Equal(unexpectedBefore, UnexpectedFailures());
    }

    /// <summary>
    /// Envelopes as the host writes them and as it never should: values of every JSON kind where the message and
    /// the metadata go, strings encoded once, twice or as base64, names in other cases, and bodies cut short.
    /// </summary>
    private static Gen<byte[]> Envelopes()
    {
        var text = ArbMap.Default.GeneratorFor<string>().Select(value => value ?? string.Empty);
        var value =
            from kind in Gen.Choose(0, 9)
            from random in text
            from number in ArbMap.Default.GeneratorFor<int>()
            from bytes in ArbMap.Default.GeneratorFor<byte[]>()
            select kind switch
            {
                0 => (JsonNode?)JsonValue.Create(random),
                1 => JsonValue.Create(JsonSerializer.Serialize(random)),
                2 => JsonValue.Create(JsonSerializer.Serialize(Sample)),
                3 => JsonValue.Create(Convert.ToBase64String(bytes)),
                4 => JsonValue.Create(number),
                5 => JsonValue.Create(number % 2 == 0),
                6 => null,
                7 => new JsonObject { ["id"] = random, ["specversion"] = "1.0" },
                8 => new JsonArray(JsonValue.Create(random), JsonValue.Create(number)),
                _ => JsonNode.Parse(Sample),
            };
        var metadata =
            from count in Gen.Choose(0, 5)
            from names in Gen.ListOf(Gen.Elements("MessageId", "DeliveryCount", "ContentType", "UserProperties", "sys", "messageid", ""), count)
            from values in Gen.ListOf(value, count)
            select Metadata(names.ToList(), values.ToList());
        var structured =
            from dataName in Gen.Elements("Data", "Data", "Data", "data", "DATA", "Datum")
            from messageName in Gen.Elements("message", "message", "message", "Message", "msg")
            from message in value
            from dataKind in Gen.Choose(0, 9)
            from meta in metadata
            from metadataName in Gen.Elements("Metadata", "metadata", "Meta")
            select Envelope(dataName, messageName, message, dataKind, metadataName, meta);
        var cut =
            from envelope in structured
            from at in Gen.Choose(0, 10_000)
            select envelope[..(int)((long)envelope.Length * at / 10_000)];
        var noise = ArbMap.Default.GeneratorFor<byte[]>();
        return Gen.Frequency((6, structured), (2, cut), (1, noise));
    }

    private static JsonObject Metadata(List<string> names, List<JsonNode?> values)
    {
        var metadata = new JsonObject();
        for (var i = 0; i < names.Count; i++)
        {
            metadata[names[i]] = values[i]?.DeepClone();
        }

        return metadata;
    }

    private static byte[] Envelope(string dataName, string messageName, JsonNode? message, int dataKind, string metadataName, JsonObject metadata)
    {
        JsonNode? data = dataKind switch
        {
            0 => JsonValue.Create("not an object"),
            1 => null,
            2 => new JsonArray(message?.DeepClone()),
            _ => new JsonObject { [messageName] = message?.DeepClone() },
        };
        var envelope = new JsonObject { [dataName] = data, [metadataName] = metadata.DeepClone() };
        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    private InvocationAnswer Post(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = server.Http.PostAsync("/ProcessDecision", content).GetAwaiter().GetResult();
        return InvocationAnswer.ReadAsync(response).GetAwaiter().GetResult();
    }

    private void Report(string title, Dictionary<int, int> statuses, int unexpectedBefore, Func<FiguresTable, FiguresTable>? more = null)
    {
        var table = new FiguresTable($"Fuzzing the handler: {title.ToLowerInvariant()}").Add("cases", statuses.Values.Sum());
        foreach (var (status, count) in statuses.OrderBy(pair => pair.Key))
        {
            table.Add($"answered {status}", count);
        }

        table.Add("unexpected exceptions logged by the handler", UnexpectedFailures() - unexpectedBefore);
        (more?.Invoke(table) ?? table).WriteTo(output);
    }

    private int UnexpectedFailures() => server.Logs.Lines.Count(line => line.Contains("InvocationFailureHandler", StringComparison.Ordinal));
}
