using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;
using Kenbaarheid.Tests.Hostile;
using Xunit.Abstractions;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// The hostile corpus of the pipeline tests, this time as the Functions host delivers it: each event in a Service
/// Bus invocation, over real HTTP, into Azurite. A bad event must complete its message with a rejection record that
/// names the broken field, and must never turn into a 5xx (ten redeliveries and a dead letter without a reason).
/// </summary>
/// <remarks>
/// A fresh account of its own: a few corpus events are valid up to a compliance rule, and in an account that already
/// holds sample 02's notice they would rightly be refused as NOTICE_EXISTS before that rule is checked.
/// </remarks>
[Collection(ReliabilityGroup.Name)]
public sealed partial class HostileInvocationTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The corpus's size when these figures were taken: a corpus that shrinks proves less, so it fails.</summary>
    private const int CorpusSize = 480;

    private readonly HandlerServer _server = new() { Settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" } };

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task EveryHostileEvent_CompletesItsMessageWithARejectionAtTheBrokenFieldAndWritesNothingElse()
    {
        var before = await StoredBlobs.ListAsync(_server.Blobs);
        var unexpectedBefore = UnexpectedFailures();
        var watch = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<string>();
        var recordPaths = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var rejections = _server.Blobs.GetBlobContainerClient("rejections");
        var named = 0;
        var stringForm = HostileEventCorpus.All.Count(hostile => System.Text.Unicode.Utf8.IsValid(hostile.Bytes));

        // A few at a time, as the host's concurrent calls would: the answers must not depend on the order.
        await Parallel.ForEachAsync(HostileEventCorpus.All.Select((hostile, index) => (hostile, index)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, cancellationToken) =>
        {
            var (hostile, index) = item;
            // The binary form, as deployed; then, for bytes a string can carry, the string form, which must find the same record.
            using var response = await _server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(hostile.Bytes, $"hostile-{index}", deliveryCount: 1));
            var answer = await InvocationAnswer.ReadAsync(response);
            if (System.Text.Unicode.Utf8.IsValid(hostile.Bytes))
            {
                using var asString = await _server.InvokeAsync("ProcessDecision", HostPayloads.ServiceBus(System.Text.Encoding.UTF8.GetString(hostile.Bytes), $"hostile-{index}-string", deliveryCount: 1));
                var stringAnswer = await InvocationAnswer.ReadAsync(asString);
                if (stringAnswer.Status != HttpStatusCode.OK || stringAnswer.RecordPath != answer.RecordPath)
                {
                    failures.Enqueue($"{hostile.Name}: in the string form {(int)stringAnswer.Status}, record {stringAnswer.RecordPath} instead of {answer.RecordPath}");
                }
            }

            if (answer.Status != HttpStatusCode.OK || answer.ContentType != "application/json" || answer.Issued is not null || answer.RecordPath is not { } recordPath)
            {
                failures.Enqueue($"{hostile.Name}: {(int)answer.Status} {answer.ContentType}, issued: {answer.Issued is not null}, logs: {string.Join(" ", answer.Logs)}");
                return;
            }

            recordPaths[recordPath] = true;
            var name = recordPath["rejections/".Length..];
            using var record = JsonDocument.Parse((await rejections.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value.Content.ToMemory());
            var reasons = record.RootElement.GetProperty("reasons").EnumerateArray().Select(reason => (Code: reason.GetProperty("code").GetString(), Path: reason.GetProperty("path").GetString())).ToList();
            if (!reasons.Any(reason => reason.Path == hostile.ExpectedPath))
            {
                failures.Enqueue($"{hostile.Name}: expected a reason at '{hostile.ExpectedPath}', got {string.Join(", ", reasons.Select(r => $"{r.Code} at '{r.Path}'"))}");
            }
            else
            {
                Interlocked.Increment(ref named);
            }

            // The original bytes sit beside the record, exactly as the agency sent them, to be corrected and resent.
            var original = (await rejections.GetBlobClient(name[..^".json".Length] + ".event.json").DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
            if (!original.AsSpan().SequenceEqual(hostile.Bytes))
            {
                failures.Enqueue($"{hostile.Name}: the stored event differs from the bytes sent ({original.Length} vs {hostile.Bytes.Length} bytes)");
            }
        });

        var elapsed = watch.Elapsed;
        var after = await StoredBlobs.ListAsync(_server.Blobs);
        var written = after.Keys.Except(before.Keys, StringComparer.Ordinal).ToList();
        var changed = before.Where(blob => after.TryGetValue(blob.Key, out var etag) && etag != blob.Value).Select(blob => blob.Key).ToList();

        new FiguresTable("Hostile corpus through the handler")
            .Add("hostile events posted as Service Bus invocations in the binary form", HostileEventCorpus.All.Count)
            .Add("… and again in the string form (those that are UTF-8), answered with the same record", stringForm)
            .Add("answered 200 with a rejection naming the expected field", named)
            .Add("failures (5xx, other status, wrong field, changed bytes, another record in the string form)", failures.Count)
            .Add("unexpected exceptions logged by the handler", UnexpectedFailures() - unexpectedBefore)
            .Add("rejection records written", recordPaths.Count)
            .Add("blobs written", written.Count)
            .Add("blobs written outside rejections/{agency|_unknown}/", written.Count(path => !RejectionLayout().IsMatch(path)))
            .Add("existing blobs changed", changed.Count)
            .Add("time", elapsed)
            .WriteTo(output);

        Assert.True(HostileEventCorpus.All.Count >= CorpusSize, $"The hostile corpus shrank from {CorpusSize} to {HostileEventCorpus.All.Count} events.");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {HostileEventCorpus.All.Count} hostile events:\n{string.Join('\n', failures)}");
        Assert.Equal(unexpectedBefore, UnexpectedFailures());
        Assert.Equal(HostileEventCorpus.All.Count, recordPaths.Count);
        Assert.All(written, path => Assert.Matches(RejectionLayout(), path));
        Assert.Equal(2 * recordPaths.Count, written.Count);
        Assert.Empty(changed);
    }

    private int UnexpectedFailures() => _server.Logs.Lines.Count(line => line.Contains("InvocationFailureHandler", StringComparison.Ordinal));

    [System.Text.RegularExpressions.GeneratedRegex("^rejections/(zb999901|_unknown)/[A-Za-z0-9._-]+\\.json$")]
    private static partial System.Text.RegularExpressions.Regex RejectionLayout();
}
