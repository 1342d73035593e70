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
    /// <summary>Races that must have happened (both events in the pipeline at once), and at most this many tried.</summary>
    private const int RaceTrials = 12;
    private const int MaxRaceTrials = 60;
    private const int MaxDuplicateAttempts = 5;

    [Fact]
    public async Task TheSameEventDeliveredThreeTimesAtOnce_WritesOneNoticeSetAndAnswersEveryDeliveryWithTheIssuedMessage()
    {
        using var competitors = new Competitors();
        await WarmUpConnectionsAsync(3);
        // Released together, the three may still not overlap in the handler (a busy machine); then a fresh event.
        string body, folder;
        InvocationAnswer[] first;
        bool raced;
        var attempts = 0;
        do
        {
            attempts++;
            body = HostPayloads.FreshEvent("01-huurtoeslag-automated", Suffix());
            folder = FolderOf(body);
            var ids = Enumerable.Range(1, 3).Select(i => $"copy-{i}-{Suffix()}").ToList();
            first = await competitors.PostTogetherAsync(server, ids.Select(id => (id, HostPayloads.ServiceBus(body, id, deliveryCount: 1))).ToList());
            raced = competitors.Raced(ids);
        }
        while (!raced && attempts < MaxDuplicateAttempts);

        var stored = await FolderAsync(folder);
        var again = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => PostAsync(HostPayloads.ServiceBus(body, $"copy-again-{i}", deliveryCount: 2))));
        var after = await FolderAsync(folder);
        var answers = first.Concat(again).ToList();
        var changedETags = stored.Count(blob => !after.TryGetValue(blob.Key, out var now) || now.ETag != blob.Value.ETag) + after.Keys.Except(stored.Keys).Count();

        new FiguresTable("Duplicates: one event in three messages at once, then three more")
            .Add("attempts until the three were in the handler's pipeline at one moment", attempts)
            .Add("deliveries", answers.Count)
            .Add("answered 200 with the notices-issued message", answers.Count(answer => answer.Status == HttpStatusCode.OK && answer.Issued is not null))
            .Add("… of the first three, found the notice already written", first.Count(answer => answer.Logs.Any(line => line.Contains("already issued", StringComparison.Ordinal))))
            .Add("notice sets (manifests) in the folder", stored.Keys.Count(path => path.EndsWith("/manifest.json", StringComparison.Ordinal)))
            .Add("blobs whose ETag changed after the first three", changedETags)
            .WriteTo(output);

        Assert.True(raced, $"The three deliveries were never in the handler's pipeline at one moment in {attempts} attempts.");
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.All(answers, answer => Assert.NotNull(answer.Issued));
        Assert.Single(answers.Select(answer => JsonNode.Parse(answer.Issued!)!["noticeId"]!.GetValue<string>()).Distinct());
        AssertCompleteSet(stored, folder, Sha256(body));
        Assert.Equal(0, changedETags);
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
        using var competitors = new Competitors();
        await WarmUpConnectionsAsync(2);
        var winners = new Dictionary<string, int> { ["original"] = 0, ["conflicting"] = 0 };
        var failures = new List<string>();
        var (trials, raced) = (0, 0);
        // Until enough trials really raced and each competitor has won one of them, or the limit: a race that one
        // side always wins would not show that the other side's loss is handled.
        while (trials < MaxRaceTrials && (raced < RaceTrials || winners.Values.Any(count => count == 0)))
        {
            trials++;
            // Half the trials send the conflict under the original's event id with only the recipient's language
            // changed: the Dutch documents are then the same bytes, and the sets part only at the English ones.
            var sameEventId = trials % 2 == 0;
            var original = HostPayloads.FreshEvent("01-huurtoeslag-automated", Suffix());
            var conflicting = Conflicting(original, sameEventId);
            var folder = FolderOf(original);
            var ids = new[] { $"original-{Suffix()}", $"conflicting-{Suffix()}" };

            var answers = await competitors.PostTogetherAsync(server, [(ids[0], HostPayloads.ServiceBus(original, ids[0], deliveryCount: 1)), (ids[1], HostPayloads.ServiceBus(conflicting, ids[1], deliveryCount: 1))]);
            var trialFailures = await JudgeAsync(answers, [original, conflicting], folder);
            failures.AddRange(trialFailures.Select(failure => $"trial {trials}: {failure}"));
            if (!competitors.Raced(ids))
            {
                continue;
            }

            raced++;
            if (trialFailures.Count == 0)
            {
                winners[answers[0].Issued is not null ? "original" : "conflicting"]++;
            }
        }

        new FiguresTable($"Races: an event and a conflicting one for the same decision, released together")
            .Add("trials", trials)
            .Add("… in which both were in the handler's pipeline at one moment", raced)
            .Add("issued in those: the original / the conflicting event", $"{winners["original"]} / {winners["conflicting"]}")
            .Add("trials with other than exactly one issued and one NOTICE_EXISTS, or a folder holding anything but what its manifest lists", failures.Count)
            .WriteTo(output);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(raced >= RaceTrials, $"Only {raced} of {trials} trials raced.");
        Assert.All(winners, winner => Assert.True(winner.Value > 0, $"The {winner.Key} event never won a race in {trials} trials."));
    }

    /// <summary>What is wrong with the outcome of one race: exactly one issued, the other refused, one complete set.</summary>
    private async Task<List<string>> JudgeAsync(InvocationAnswer[] answers, string[] bodies, string folder)
    {
        if (answers.Any(answer => answer.Status != HttpStatusCode.OK) || answers.Count(answer => answer.Issued is not null) != 1)
        {
            return [$"answers {string.Join(", ", answers.Select(answer => $"{(int)answer.Status} issued: {answer.Issued is not null}"))}"];
        }

        var loser = answers.Single(answer => answer.Issued is null);
        if (!(await ReasonsAsync(loser)).Contains(("NOTICE_EXISTS", "/data/decision/revision")))
        {
            return ["the loser was not refused with NOTICE_EXISTS"];
        }

        try
        {
            AssertCompleteSet(await FolderAsync(folder), folder, Sha256(bodies[Array.FindIndex(answers, answer => answer.Issued is not null)]));
            return [];
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            return [$"the folder is not the winner's complete set: {exception.Message}"];
        }
    }

    /// <summary>Opens as many connections as competitors, so no competitor pays for a new connection in the race.</summary>
    private async Task WarmUpConnectionsAsync(int count)
    {
        foreach (var response in await Task.WhenAll(Enumerable.Range(0, count).Select(_ => server.Http.GetAsync("/"))))
        {
            response.Dispose();
        }
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
