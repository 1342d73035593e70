using System.Text;
using System.Text.Json.Nodes;
using Azure.Messaging.ServiceBus;
using Kenbaarheid.Agencies;
using Kenbaarheid.Azure.Messaging;
using Kenbaarheid.Azure.Tests.Messaging;
using Kenbaarheid.Cli.Process;
using Kenbaarheid.Cli.Send;
using Kenbaarheid.Cli.Validate;
using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Cli.Tests.Send;

/// <summary>What send puts on the queue, through the Service Bus sender as a seam.</summary>
public sealed class SendPlanTests
{
    [Fact]
    public async Task Send_OfTheSamples_PutsTheSixValidEventsOnTheQueueAndNeverAnInvalidOne()
    {
        var checker = await SampleCheckerAsync();
        var plan = new SendPlan();
        var inputs = await EventInputReader.ReadAsync([Path.Combine(CliRun.RepositoryRoot, "samples/events")], CancellationToken.None).ToListAsync();
        foreach (var input in inputs)
        {
            plan.Add(checker.Check(input));
        }

        var batches = new List<IList<ServiceBusMessage>>();
        var result = await new DecisionEventSender(ServiceBusFakes.Sender(batches).Object).SendAsync(plan.Outgoing, progress: null);

        var sent = batches.SelectMany(batch => batch).ToList();
        Assert.Equal(
            ["zb999901:HT-2027-000123:1", "zb999901:HT-2027-000456:1", "zb999902:SF-2026-778899:1", "gm9999:PV-2026-1201:1", "gm9999:WOZ-2027-553311:2", "gm9999:BB-2026-0091:1"],
            sent.Select(message => message.MessageId));
        var invalid = inputs.Where(input => Path.GetFileName(input.Origin).StartsWith('9')).Select(input => input.Bytes.ToArray()).ToList();
        Assert.Equal(2, invalid.Count);
        Assert.DoesNotContain(sent, message => invalid.Any(bytes => bytes.SequenceEqual(message.Body.ToArray())));

        using var report = new StringWriter();
        await plan.WriteReportAsync(report, result);
        Assert.EndsWith("8 event(s): 6 sent, 0 skipped, 2 refused.\n", report.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("          RECIPIENT_REF_IS_BSN  /data/recipient/ref", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SkipsARepeatOfAnEventAndRefusesAnotherEventForTheSameDecisionRevision()
    {
        var checker = await SampleCheckerAsync();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(CliRun.RepositoryRoot, "samples/events/01-huurtoeslag-automated.json"));
        var changed = JsonNode.Parse(bytes)!;
        changed["id"] = "evt-2026-11-20-000001-b";
        var plan = new SendPlan();
        plan.Add(checker.Check(new EventInput("first.json", bytes)));
        plan.Add(checker.Check(new EventInput("again.json", bytes)));
        plan.Add(checker.Check(new EventInput("other.json", Encoding.UTF8.GetBytes(changed.ToJsonString()))));

        var batches = new List<IList<ServiceBusMessage>>();
        var result = await new DecisionEventSender(ServiceBusFakes.Sender(batches).Object).SendAsync(plan.Outgoing, progress: null);

        Assert.Single(Assert.Single(batches));
        using var report = new StringWriter();
        await plan.WriteReportAsync(report, result);
        var text = report.ToString();
        Assert.Contains("skipped   evt-2026-11-20-000001  again.json  the same event as first.json", text, StringComparison.Ordinal);
        Assert.Contains("refused   evt-2026-11-20-000001-b  other.json  1 reason(s)", text, StringComparison.Ordinal);
        Assert.Contains("first.json is another event for the same agency, decision and revision (zb999901:HT-2027-000123:1)", text, StringComparison.Ordinal);
        Assert.Contains("3 event(s): 1 sent, 1 skipped, 1 refused.", text, StringComparison.Ordinal);
    }

    private static async Task<EventChecker> SampleCheckerAsync() => new(
        await AgencyProfileLoader.LoadAsync(Path.Combine(CliRun.RepositoryRoot, "samples/agencies")),
        new NoticeExplainer(await RegistrySnapshotLoader.LoadAsync(Path.Combine(CliRun.RepositoryRoot, "samples/registry"))),
        ["the event contract"]);
}
