using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kenbaarheid.Functions.Tests.Hosting;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// A leak of personal data is the second-worst failure. Everything an operator could see of a run — every log line
/// at every level, ASP.NET Core's and the Azure SDK's included, every span and metric of every source, and the log
/// lines the handler hands the host — is captured while every sample, redeliveries, a conflict, an outage, a broken
/// manifest, a broken envelope and hostile events full of personal-looking text go through the handler. None of it
/// may hold a recipient reference, a data or parameter value, or any free text of an event.
/// </summary>
[Collection(ReliabilityGroup.Name)]
public sealed class PersonalDataTelemetryTests(ITestOutputHelper output)
{
    // Keys whose values are identifiers, codes, dates, links or enumerations the contract defines: telemetry may
    // name those. Everything else that is text is what a person or a case worker wrote, or is about the person.
    private static readonly HashSet<string> NotPersonal = new(StringComparer.Ordinal)
    {
        "specversion", "id", "source", "type", "time", "subject", "datacontenttype", "date", "link", "lars", "producedBy",
        "weight", "language", "involvement", "discretion", "version",
    };

    [Fact]
    public async Task NoLogLineSpanOrMetricOfARun_HoldsARecipientReferenceADataValueOrFreeTextFromAnyEvent()
    {
        var everyLevel = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Azure"] = "Trace",
            ["Logging:LogLevel:System"] = "Trace",
        };
        var server = new HandlerServer { Settings = everyLevel };
        using var telemetry = new TelemetryCapture();
        var hostLogs = new List<string>();
        var sent = new List<string>();
        var statuses = new Dictionary<int, int>();
        try
        {
            await server.InitializeAsync();

            async Task PostAsync(string body, string messageId, int deliveryCount = 1)
            {
                sent.Add(body);
                using var response = await server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(body, messageId, deliveryCount));
                var answer = await InvocationAnswer.ReadAsync(response);
                hostLogs.AddRange(answer.Logs);
                statuses[(int)answer.Status] = statuses.GetValueOrDefault((int)answer.Status) + 1;
            }

            foreach (var payload in HostPayloads.ServiceBusPayloadNames)
            {
                var sample = Encoding.UTF8.GetString(HostPayloads.SampleEvent(payload));
                await PostAsync(sample, payload);
                await PostAsync(sample, payload, deliveryCount: 2);
            }

            foreach (var (hostile, index) in PersonalLookingEvents().Select((hostile, index) => (hostile, index)))
            {
                await PostAsync(hostile, $"personal-{index}");
            }

            // A conflicting event, an outage and its redelivery, and a manifest that cannot be read: the warning and
            // error paths write their own lines.
            var issued = HostPayloads.FreshEvent("02-toeslag-risk-supported", "pd-outage");
            await PostAsync(With(issued, "/data/decision/outcome", "Jan Jansen uit Noorderhaaks krijgt niets."), "conflict");
            await server.Azurite.StopAsync();
            await PostAsync(issued, "outage");
            await server.Azurite.StartAsync();
            await PostAsync(issued, "outage", deliveryCount: 2);
            var broken = HostPayloads.FreshEvent("04-parkeervergunning-automated", "pd-broken");
            var notices = server.Blobs.GetBlobContainerClient("notices");
            await notices.UploadBlobAsync($"gm9999/{JsonNode.Parse(broken)!["data"]!["decision"]!["id"]!.GetValue<string>()}/r1/manifest.json", BinaryData.FromString("{\"eventSha256\": 42"));
            await PostAsync(broken, "broken-manifest");
            using (var envelope = await server.InvokeAsync("ProcessDecision", """{"Data":{},"Metadata":{"MessageId":"\"broken-envelope\""}}"""))
            {
                hostLogs.AddRange((await InvocationAnswer.ReadAsync(envelope)).Logs);
            }
        }
        finally
        {
            await server.DisposeAsync();
        }

        var secrets = sent.SelectMany(PersonalValues).Distinct(StringComparer.Ordinal).ToList();
        var seen = server.Logs.Lines.Select(line => ("log", line))
            .Concat(hostLogs.Select(line => ("host log", line)))
            .Concat(telemetry.Spans.Select(span => ("span", span)))
            .Concat(telemetry.Measurements.Select(measurement => ("metric", measurement)))
            .ToList();
        var leaks = seen
            .SelectMany(item => secrets.Where(secret => item.Item2.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{item.Item1}: '{secret}' in {item.Item2}"))
            .ToList();

        new FiguresTable("Personal data: everything an operator sees of a run")
            .Add("events sent (samples twice, personal-looking hostile events, conflict, outage)", sent.Count)
            .Add("answers by status", string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")))
            .Add("personal values and free texts looked for", secrets.Count)
            .Add("log lines captured (all categories, Trace and up)", server.Logs.Lines.Count)
            .Add("… of them ASP.NET Core's at Debug or Trace", server.Logs.Lines.Count(IsAspNetCoreDebug))
            .Add("log lines handed to the host", hostLogs.Count)
            .Add("spans captured (all sources)", telemetry.Spans.Count)
            .Add("metric measurements captured (all meters)", telemetry.Measurements.Count)
            .Add("personal values found", leaks.Count)
            .WriteTo(output);

        Assert.Contains(server.Logs.Lines, IsAspNetCoreDebug);
        Assert.Contains(server.Logs.Lines, line => line.StartsWith("Warning ProcessDecision", StringComparison.Ordinal));
        Assert.Contains(server.Logs.Lines, line => line.Contains("InvocationFailureHandler", StringComparison.Ordinal));
        Assert.Contains(statuses, status => status.Key == 500);
        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));
    }

    private static bool IsAspNetCoreDebug(string line) =>
        (line.StartsWith("Debug Microsoft.AspNetCore", StringComparison.Ordinal) || line.StartsWith("Trace Microsoft.AspNetCore", StringComparison.Ordinal));

    /// <summary>Events full of what must never reach telemetry, valid ones (issued) and invalid ones (rejected).</summary>
    private static IEnumerable<string> PersonalLookingEvents()
    {
        var parking = HostPayloads.FreshEvent("04-parkeervergunning-automated", "pd-1");
        yield return With(parking, "/data/decision/purpose", "Vergunning voor Jan de Vries, Dorpsstraat 12, 1799 AB Noorderhaaks (IBAN NL91ABNA0417164300).");
        yield return With(HostPayloads.FreshEvent("04-parkeervergunning-automated", "pd-2"), "/data/recipient/ref", "klant-jansen-19800102");
        yield return With(HostPayloads.FreshEvent("04-parkeervergunning-automated", "pd-3"), "/data/recipient/ref", "111222333");
        yield return With(HostPayloads.FreshEvent("04-parkeervergunning-automated", "pd-4"), "/data/decision/outcome", "Geweigerd voor Piet Jansen\u0007, geboren 01-02-1980.");
        yield return With(HostPayloads.FreshEvent("05-woz-supported", "pd-5"), "/data/data/0/value", "e-mail piet.jansen@example.nl " + new string('x', 200));
        yield return With(HostPayloads.FreshEvent("02-toeslag-risk-supported", "pd-6"), "/data/riskClassification/label", "verdacht: Fatima El Amrani, Kerkstraat 3");
        yield return With(HostPayloads.FreshEvent("02-toeslag-risk-supported", "pd-7"), "/data/algorithms/0/parameters/0/value", "inkomen 23.456 euro van K. Bakker");
        var truncated = With(HostPayloads.FreshEvent("01-huurtoeslag-automated", "pd-8"), "/data/decision/purpose", "Toeslag voor Klaas Bakker, Zeeweg 8");
        yield return truncated[..(truncated.IndexOf("Zeeweg", StringComparison.Ordinal) + 3)];
    }

    private static string With(string body, string pointer, string value)
    {
        var node = JsonNode.Parse(body)!;
        var segments = pointer[1..].Split('/');
        var parent = segments[..^1].Aggregate(node, (current, segment) => int.TryParse(segment, out var index) ? current[index]! : current[segment]!);
        if (parent is JsonArray array)
        {
            array[int.Parse(segments[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[segments[^1]] = value;
        }

        return node.ToJsonString();
    }

    /// <summary>
    /// The recipient reference and every text of the event that is not an identifier, code, date, link or
    /// enumeration of the contract; from broken events, the longest stretches of text between quotes.
    /// </summary>
    private static IEnumerable<string> PersonalValues(string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            root = null;
        }

        if (root is null)
        {
            return body.Split('"').Where(part => part.Length >= 8 && part.Contains(' ', StringComparison.Ordinal));
        }

        var values = new List<string>();
        Collect(root["data"], null, values);
        if (root["data"]?["recipient"]?["ref"] is JsonValue recipient && recipient.TryGetValue<string>(out var reference))
        {
            values.Add(reference);
        }

        // Short words ("nl", "ja") occur everywhere; five characters and up name something.
        return values.Where(value => value.Trim().Length >= 5).Select(value => value.Trim());
    }

    private static void Collect(JsonNode? node, string? name, List<string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Collect(child, key, values);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, name, values);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && (name is null || !NotPersonal.Contains(name)):
                values.Add(text);
                break;
        }
    }
}
