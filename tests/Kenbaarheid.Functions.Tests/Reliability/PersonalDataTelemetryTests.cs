using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kenbaarheid.Functions.Tests.Hosting;
using Kenbaarheid.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// A leak of personal data is the second-worst failure. Everything an operator could see of a run — every log line
/// at every level, ASP.NET Core's and the Azure SDK's (its event-source logs forwarded into the handler's loggers)
/// included, every span and metric of every source, and the log lines the handler hands the host — is captured while
/// every sample, redeliveries, a conflict, an outage, a broken manifest, a broken envelope and hostile events full of
/// personal-looking text go through ProcessDecision, PreviewNotice and GetNotice. None of it may hold any run of
/// eight characters of any string value of any event sent (<see cref="PersonalDataSearch"/>), and a Service Bus
/// message id may appear only in its path-safe form.
/// </summary>
[Collection(ReliabilityGroup.Name)]
public sealed class PersonalDataTelemetryTests(ITestOutputHelper output)
{
    /// <summary>A message id as a sender could set it: a name, an address and a forged log line.</summary>
    private const string PersonalMessageId = "bericht voor Jan Jansen, Dorpsstraat 12\r\nError forged line";

    [Fact]
    public async Task NoLogLineSpanOrMetricOfARun_HoldsAnyRunOfAnyStringValueOfAnyEventSent()
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
        var search = new PersonalDataSearch(PersonalDataSearch.ContractWords(Path.Combine(Azure.Tests.Azurite.AzuriteInstall.RepositoryRoot(), "schema", "decision-event.v1.schema.json")));
        var hostLogs = new List<string>();
        var baseline = new List<string>();
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sent = 0;
        try
        {
            await server.InitializeAsync();
            using var sdkLogs = new AzureEventSourceLogForwarder(server.Services.GetRequiredService<ILoggerFactory>());
            sdkLogs.Start();

            void Count(string function, HttpStatusCode status) => statuses[$"{function} {(int)status}"] = statuses.GetValueOrDefault($"{function} {(int)status}") + 1;

            async Task PostAsync(string body, string messageId, int deliveryCount = 1)
            {
                sent++;
                search.AddEvent(body);
                search.AddId(messageId);
                // Both forms the host can send (Payloads/README.md), in turn.
                var envelope = sent % 2 == 0 ? HostPayloads.ServiceBus(Encoding.UTF8.GetBytes(body), messageId, deliveryCount) : HostPayloads.ServiceBus(body, messageId, deliveryCount);
                using var response = await server.InvokeAsync("ProcessDecision", envelope);
                var answer = await InvocationAnswer.ReadAsync(response);
                hostLogs.AddRange(answer.Logs);
                Count("ProcessDecision", answer.Status);
            }

            async Task PreviewAsync(string body, string? language = null)
            {
                search.AddEvent(body);
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await server.Http.PostAsync($"/api/notices/preview{(language is null ? string.Empty : $"?lang={language}")}", content);
                Count("PreviewNotice", response.StatusCode);
            }

            async Task GetAsync(string agencyId, string decisionId)
            {
                using var response = await server.Http.GetAsync($"/api/notices/{Uri.EscapeDataString(agencyId)}/{Uri.EscapeDataString(decisionId)}/1");
                Count("GetNotice", response.StatusCode);
            }

            // The baseline: the handler's own lines, spans and metrics of requests that carry no event text.
            await GetAsync("zb999901", "HT-0000-000000");
            using (var empty = new StringContent("{}", Encoding.UTF8, "application/json"))
            {
                (await server.Http.PostAsync("/api/notices/preview", empty)).Dispose();
            }

            baseline.AddRange(server.Logs.Lines.Concat(telemetry.Spans).Concat(telemetry.Measurements));

            foreach (var payload in HostPayloads.ServiceBusPayloadNames)
            {
                var sample = Encoding.UTF8.GetString(HostPayloads.SampleEvent(payload));
                await PostAsync(sample, payload);
                await PostAsync(sample, payload, deliveryCount: 2);
                await PreviewAsync(sample);
            }

            foreach (var (hostile, index) in PersonalLookingEvents().Select((hostile, index) => (hostile, index)))
            {
                await PostAsync(hostile, index == 0 ? PersonalMessageId : $"personal-{index}");
                await PreviewAsync(hostile, index % 2 == 0 ? "en" : null);
                if (DecisionOf(hostile) is { } decision)
                {
                    await GetAsync(decision.AgencyId, decision.DecisionId);
                }
            }

            // A notice that does not exist.
            await GetAsync("zb999901", "HT-2099-000000");
            // A conflicting event, an outage (with a read-link request during it) and its redelivery, and a manifest
            // that cannot be read: the warning and error paths write their own lines.
            var issued = HostPayloads.FreshEvent("02-toeslag-risk-supported", "pd-outage");
            await PostAsync(With(issued, "/data/decision/outcome", "Jan Jansen uit Noorderhaaks krijgt niets."), "conflict");
            await server.Azurite.StopAsync();
            await PostAsync(issued, "outage");
            await GetAsync("zb999901", DecisionOf(issued)!.Value.DecisionId);
            await server.Azurite.StartAsync();
            await PostAsync(issued, "outage", deliveryCount: 2);
            var broken = HostPayloads.FreshEvent("04-parkeervergunning-automated", "pd-broken");
            var notices = server.Blobs.GetBlobContainerClient("notices");
            await notices.UploadBlobAsync($"gm9999/{DecisionOf(broken)!.Value.DecisionId}/r1/manifest.json", BinaryData.FromString("{\"eventSha256\": 42"));
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

        var seen = server.Logs.Lines.Select(line => ("log", line))
            .Concat(hostLogs.Select(line => ("host log", line)))
            .Concat(telemetry.Spans.Select(span => ("span", span)))
            .Concat(telemetry.Measurements.Select(measurement => ("metric", measurement)))
            .ToList();
        var leaks = search.FindIn(seen, baseline);
        var sdkLines = server.Logs.Lines.Count(IsAzureSdk);
        var safeMessageId = PathSafeId.From(PersonalMessageId);

        new FiguresTable("Personal data: everything an operator sees of a run")
            .Add("events posted to ProcessDecision (samples twice, personal-looking hostile events, conflict, outage)", sent)
            .Add("answers by function and status", string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")))
            .Add("string values of the events and message ids looked for", search.ValuesLookedFor)
            .Add($"runs of {PersonalDataSearch.RunLength} characters (and shorter values whole) looked for, in every form the code may write", search.RunsLookedFor)
            .Add("lines, spans and measurements captured before any event was sent (the baseline, whose runs are the handler's own)", baseline.Count)
            .Add("log lines captured (all categories, Trace and up)", server.Logs.Lines.Count)
            .Add("… of them ASP.NET Core's at Debug or Trace", server.Logs.Lines.Count(IsAspNetCoreDebug))
            .Add("… of them the Azure SDK's (event sources forwarded)", sdkLines)
            .Add("log lines handed to the host", hostLogs.Count)
            .Add("spans captured (all sources)", telemetry.Spans.Count)
            .Add("metric measurements captured (all meters)", telemetry.Measurements.Count)
            .Add("lines naming the personal message id in its path-safe form", server.Logs.Lines.Count(line => line.Contains(safeMessageId, StringComparison.Ordinal)))
            .Add("lines holding a run of a personal value", leaks.Count)
            .WriteTo(output);

        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));

        // Each kind of line was really captured, so a quiet logger cannot pass this test.
        Assert.Contains(server.Logs.Lines, IsAspNetCoreDebug);
        Assert.True(sdkLines > 0, "No Azure SDK line was captured: the event-source forwarding did not work.");
        Assert.Contains(server.Logs.Lines, line => line.StartsWith("Warning ProcessDecision", StringComparison.Ordinal));
        Assert.Contains(server.Logs.Lines, line => line.Contains("InvocationFailureHandler", StringComparison.Ordinal));
        Assert.Contains(server.Logs.Lines, line => line.StartsWith("Warning GetNotice", StringComparison.Ordinal));
        Assert.Contains(server.Logs.Lines, line => line.Contains(safeMessageId, StringComparison.Ordinal));
        Assert.All(new[] { "ProcessDecision 200", "ProcessDecision 500", "PreviewNotice 200", "PreviewNotice 422", "GetNotice 200", "GetNotice 404", "GetNotice 503" }, key => Assert.Contains(key, statuses.Keys));
    }

    private static bool IsAspNetCoreDebug(string line) =>
        (line.StartsWith("Debug Microsoft.AspNetCore", StringComparison.Ordinal) || line.StartsWith("Trace Microsoft.AspNetCore", StringComparison.Ordinal));

    private static bool IsAzureSdk(string line) => line.Contains(" Azure.Core: ", StringComparison.Ordinal) || line.Contains(" Azure.Storage", StringComparison.Ordinal);

    private static (string AgencyId, string DecisionId)? DecisionOf(string body)
    {
        try
        {
            var data = JsonNode.Parse(body)?["data"];
            return data?["agency"]?["id"]?.GetValue<string>() is { } agency && data["decision"]?["id"]?.GetValue<string>() is { } decision ? (agency, decision) : null;
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

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
        // Sources, which the contract calls identifiers, and an event id, which is logged path-safe.
        yield return With(HostPayloads.FreshEvent("05-woz-supported", "pd-9"), "/source", "urn:nld:zb999901:medewerker:Anna de Boer");
        yield return With(HostPayloads.FreshEvent("05-woz-supported", "pd-10"), "/data/data/0/source", "Administratie van J. Pietersen, Kerkpad 7");
        yield return With(HostPayloads.FreshEvent("04-parkeervergunning-automated", "pd-11"), "/id", "evt voor Jan Jansen\r\nError vervalste regel");
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
}
