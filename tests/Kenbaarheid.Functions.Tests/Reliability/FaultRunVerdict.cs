using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// The end state of a disturbed run against the same events run undisturbed: every event issued (one manifest) or
/// rejected (one record) exactly once, every final answer the right one, no folder without its manifest, and the
/// same blobs with the same bytes (a rejection record may differ only in its <c>receivedAt</c>, the time of
/// processing). Blob metadata (<c>processedat</c>) is not compared: it is meant to differ.
/// </summary>
internal sealed class FaultRunVerdict
{
    private FaultRunVerdict(IReadOnlyList<string> notExactlyOnce, IReadOnlyList<string> wrongAnswers, IReadOnlyList<string> unfinished, IReadOnlyList<string> differences, int issued, int rejected)
    {
        NotExactlyOnce = notExactlyOnce;
        WrongAnswers = wrongAnswers;
        Unfinished = unfinished;
        Differences = differences;
        Issued = issued;
        Rejected = rejected;
    }

    public IReadOnlyList<string> NotExactlyOnce { get; }

    public IReadOnlyList<string> WrongAnswers { get; }

    /// <summary>Notice folders holding documents but no manifest.</summary>
    public IReadOnlyList<string> Unfinished { get; }

    /// <summary>Paths in only one account, and blobs whose bytes differ.</summary>
    public IReadOnlyList<string> Differences { get; }

    public int Issued { get; }

    public int Rejected { get; }

    public static FaultRunVerdict Judge(IReadOnlyList<FaultRunEvent> events, ServiceBusSimulation run, SortedDictionary<string, byte[]> after, SortedDictionary<string, byte[]> reference)
    {
        var manifests = CountBySha(after.Where(blob => blob.Key.EndsWith("/manifest.json", StringComparison.Ordinal)));
        var records = CountBySha(after.Where(blob => IsRejectionRecord(blob.Key)));
        var notExactlyOnce = events
            .Where(e => manifests.GetValueOrDefault(e.Sha256) != (e.Valid ? 1 : 0) || records.GetValueOrDefault(e.Sha256) != (e.Valid ? 0 : 1))
            .Select(e => $"event {e.Index}: {manifests.GetValueOrDefault(e.Sha256)} manifest(s), {records.GetValueOrDefault(e.Sha256)} rejection record(s)")
            .ToList();
        var wrongAnswers = events
            .Where(e => run.AnswerTo(e.Index) is not { } answer || (e.Valid ? answer.Issued is null : answer.Issued is not null || answer.RecordPath is null))
            .Select(e => $"event {e.Index}: {run.AnswerTo(e.Index)?.Body ?? "no answer"}")
            .ToList();
        return new FaultRunVerdict(notExactlyOnce, wrongAnswers, StoredBlobs.FoldersWithoutManifest(after.Keys), Compare(after, reference), manifests.Values.Sum(), records.Values.Sum());
    }

    /// <summary>The figures of the end state; the accounts held this many blobs.</summary>
    public FiguresTable AddFigures(FiguresTable table, int blobs, int referenceBlobs) =>
        table
            .Add("issued (one manifest each) / rejected (one record each)", $"{Issued} / {Rejected}")
            .Add("events not ending exactly once", NotExactlyOnce.Count)
            .Add("blobs in the disturbed / undisturbed account", $"{blobs} / {referenceBlobs}")
            .Add("blobs that differ (records compared without receivedAt)", Differences.Count)
            .Add("notice folders without a manifest at the end", Unfinished.Count);

    /// <summary>Fails with the first problems found, in the order of the guarantees.</summary>
    public void AssertAllWell()
    {
        Assert.Empty(WrongAnswers);
        Assert.Empty(NotExactlyOnce);
        Assert.Empty(Unfinished);
        Assert.True(Differences.Count == 0, string.Join('\n', Differences.Take(20)));
    }

    private static List<string> Compare(SortedDictionary<string, byte[]> actual, SortedDictionary<string, byte[]> expected)
    {
        var differences = actual.Keys.Except(expected.Keys).Select(path => $"only in the disturbed run: {path}")
            .Concat(expected.Keys.Except(actual.Keys).Select(path => $"missing from the disturbed run: {path}"))
            .ToList();
        foreach (var (path, bytes) in actual.Where(blob => expected.ContainsKey(blob.Key)))
        {
            var same = IsRejectionRecord(path)
                ? JsonNode.DeepEquals(WithoutReceivedAt(bytes), WithoutReceivedAt(expected[path]))
                : StoredBlobs.Sha256(bytes) == StoredBlobs.Sha256(expected[path]);
            if (!same)
            {
                differences.Add($"differs: {path}");
            }
        }

        return differences;
    }

    private static bool IsRejectionRecord(string path) =>
        path.StartsWith("rejections/", StringComparison.Ordinal) && !path.EndsWith(".event.json", StringComparison.Ordinal);

    private static JsonObject WithoutReceivedAt(byte[] record)
    {
        var node = JsonNode.Parse(record)!.AsObject();
        node.Remove("receivedAt");
        return node;
    }

    private static Dictionary<string, int> CountBySha(IEnumerable<KeyValuePair<string, byte[]>> documents) =>
        documents
            .Select(document => JsonDocument.Parse(document.Value).RootElement.GetProperty("eventSha256").GetString()!)
            .GroupBy(sha => sha, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
}
