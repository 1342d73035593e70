using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Functions.Tests.Hosting;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Duplicates and races, as Service Bus and agencies produce them: the same event in several messages handled at
/// the same moment, and a different event for a decision and revision that already has (or is just getting) a
/// notice. An issued notice is never replaced, and the set in its folder is always the one its manifest lists.
/// </summary>
[Collection(HandlerGroup.Name)]
public sealed class DuplicateDeliveryTests(HandlerServer server, ITestOutputHelper output)
{
    private const int RaceTrials = 12;

    [Fact]
    public async Task TheSameEventDeliveredThreeTimesAtOnce_WritesOneNoticeSetAndAnswersEveryDeliveryWithTheIssuedMessage()
    {
        var body = HostPayloads.FreshEvent("01-huurtoeslag-automated", Suffix());
        var folder = FolderOf(body);

        var first = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => PostAsync(HostPayloads.ServiceBus(body, $"copy-{i}", deliveryCount: 1))));
        var stored = await FolderAsync(folder);
        var again = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => PostAsync(HostPayloads.ServiceBus(body, $"copy-{i}", deliveryCount: 2))));

        Assert.All(first.Concat(again), answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.All(first.Concat(again), answer => Assert.NotNull(answer.Issued));
        Assert.Single(first.Concat(again).Select(answer => JsonNode.Parse(answer.Issued!)!["noticeId"]!.GetValue<string>()).Distinct());
        AssertCompleteSet(stored, folder, Sha256(body));
        Assert.Equal(stored.ToDictionary(blob => blob.Key, blob => blob.Value.ETag), (await FolderAsync(folder)).ToDictionary(blob => blob.Key, blob => blob.Value.ETag));

        new FiguresTable("Duplicates: one event in three messages at once, then three more")
            .Add("deliveries", 6)
            .Add("answered 200 with the notices-issued message", first.Concat(again).Count(answer => answer.Status == HttpStatusCode.OK && answer.Issued is not null))
            .Add("… of the first three, found the notice already written", first.Count(answer => answer.Logs.Any(line => line.Contains("already issued", StringComparison.Ordinal))))
            .Add("notice sets in the folder", 1)
            .Add("blobs whose ETag changed after the first three", 0)
            .WriteTo(output);
    }

    [Fact]
    public async Task AConflictingEventForAnIssuedDecisionAndRevision_IsRejectedWithNoticeExistsAndLeavesTheNoticeUntouched()
    {
        var original = HostPayloads.FreshEvent("02-toeslag-risk-supported", Suffix());
        var conflicting = Conflicting(original, sameEventId: false);
        var folder = FolderOf(original);
        var issued = await PostAsync(HostPayloads.ServiceBus(original, "original", deliveryCount: 1));
        var before = await FolderAsync(folder);

        var rejected = await PostAsync(HostPayloads.ServiceBus(conflicting, "conflicting", deliveryCount: 1));

        Assert.NotNull(issued.Issued);
        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Null(rejected.Issued);
        Assert.Contains(await ReasonsAsync(rejected), reason => reason == ("NOTICE_EXISTS", "/data/decision/revision"));
        var after = await FolderAsync(folder);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, blob => Assert.Equal(blob.Value.ETag, after[blob.Key].ETag));
        Assert.All(before, blob => Assert.Equal(blob.Value.Bytes, after[blob.Key].Bytes));
    }

    [Fact]
    public async Task AConflictingEventRacingTheOriginal_IssuesExactlyOneCompleteSetAndRejectsTheOtherWithNoticeExists()
    {
        var winners = new Dictionary<string, int> { ["original"] = 0, ["conflicting"] = 0 };
        for (var trial = 0; trial < RaceTrials; trial++)
        {
            // Half the trials send the conflict under the original's event id with only the recipient's language
            // changed: the Dutch documents are then the same bytes, and the sets part only at the English ones.
            var sameEventId = trial % 2 == 1;
            var original = HostPayloads.FreshEvent("01-huurtoeslag-automated", Suffix());
            var conflicting = Conflicting(original, sameEventId);
            var folder = FolderOf(original);

            var answers = await Task.WhenAll(
                PostAsync(HostPayloads.ServiceBus(original, "original", deliveryCount: 1)),
                PostAsync(HostPayloads.ServiceBus(conflicting, "conflicting", deliveryCount: 1)));

            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
            var winner = Assert.Single(answers, answer => answer.Issued is not null);
            var loser = Assert.Single(answers, answer => answer.Issued is null);
            Assert.Contains(await ReasonsAsync(loser), reason => reason == ("NOTICE_EXISTS", "/data/decision/revision"));
            var winnerBody = winner == answers[0] ? original : conflicting;
            winners[winner == answers[0] ? "original" : "conflicting"]++;
            AssertCompleteSet(await FolderAsync(folder), folder, Sha256(winnerBody));
        }

        new FiguresTable($"Races: an event and a conflicting one for the same decision, at once, {RaceTrials} times")
            .Add("trials", RaceTrials)
            .Add("issued: the original / the conflicting event", $"{winners["original"]} / {winners["conflicting"]}")
            .Add("trials with other than exactly one issued and one NOTICE_EXISTS", 0)
            .Add("folders holding anything but what their manifest lists", 0)
            .WriteTo(output);
    }

    /// <summary>The folder holds exactly the manifest and the files it lists, each with the listed hash, for this event.</summary>
    private static void AssertCompleteSet(Dictionary<string, (ETag ETag, byte[] Bytes)> stored, string folder, string eventSha256)
    {
        var manifest = JsonNode.Parse(stored[$"{folder}/manifest.json"].Bytes)!;
        Assert.Equal(eventSha256, manifest["eventSha256"]!.GetValue<string>());
        var files = manifest["files"]!.AsArray().ToDictionary(file => $"{folder}/{file!["name"]!.GetValue<string>()}", file => file!["sha256"]!.GetValue<string>());
        Assert.Equal(files.Keys.Append($"{folder}/manifest.json").Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(file.Value, StoredBlobs.Sha256(stored[file.Key].Bytes)));
    }

    private async Task<Dictionary<string, (ETag ETag, byte[] Bytes)>> FolderAsync(string folder)
    {
        var container = server.Blobs.GetBlobContainerClient("notices");
        var blobs = new Dictionary<string, (ETag, byte[])>(StringComparer.Ordinal);
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, folder["notices/".Length..] + "/", CancellationToken.None))
        {
            var content = (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value;
            blobs[$"notices/{item.Name}"] = (content.Details.ETag, content.Content.ToArray());
        }

        return blobs;
    }

    private async Task<List<(string? Code, string? Path)>> ReasonsAsync(InvocationAnswer answer)
    {
        var record = await server.Blobs.GetBlobContainerClient("rejections").GetBlobClient(answer.RecordPath!["rejections/".Length..]).DownloadContentAsync();
        using var document = JsonDocument.Parse(record.Value.Content.ToMemory());
        return document.RootElement.GetProperty("reasons").EnumerateArray().Select(reason => (reason.GetProperty("code").GetString(), reason.GetProperty("path").GetString())).ToList();
    }

    private async Task<InvocationAnswer> PostAsync(string envelope)
    {
        using var response = await server.InvokeAsync("ProcessDecision", envelope);
        return await InvocationAnswer.ReadAsync(response);
    }

    /// <summary>
    /// Another event for the same agency, decision and revision: a different outcome under a new event id, or, under
    /// the same event id, a recipient who reads Dutch instead of English.
    /// </summary>
    private static string Conflicting(string original, bool sameEventId)
    {
        var node = JsonNode.Parse(original)!;
        if (sameEventId)
        {
            node["data"]!["recipient"]!["language"] = "nl";
        }
        else
        {
            node["id"] = node["id"]!.GetValue<string>() + "-b";
            node["data"]!["decision"]!["outcome"] = "Een andere uitkomst dan in het eerste bericht.";
        }

        return node.ToJsonString();
    }

    private static string FolderOf(string body)
    {
        var data = JsonNode.Parse(body)!["data"]!;
        return $"notices/{data["agency"]!["id"]!.GetValue<string>()}/{data["decision"]!["id"]!.GetValue<string>()}/r{data["decision"]!["revision"]?.GetValue<int>() ?? 1}";
    }

    private static string Sha256(string body) => StoredBlobs.Sha256(System.Text.Encoding.UTF8.GetBytes(body));

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
