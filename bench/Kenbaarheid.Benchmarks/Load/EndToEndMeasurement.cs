using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Benchmarks.Workload;
using Kenbaarheid.Functions;
using Kenbaarheid.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// The handler as the Functions host drives it — Service Bus invocation envelopes POSTed to /ProcessDecision, at most
/// <c>concurrency</c> at a time (host.json's maxConcurrentCalls) — storing into Azurite; next to the ceiling: the very
/// blobs those notices consist of, uploaded with the same SDK, the same headers, metadata, tags and create-only
/// condition, notice by notice in the store's order, at the same concurrency, to the same Azurite.
/// <para>
/// It runs in a child pinned to one core (the handler, the host's side of each call and the ceiling's client all on
/// it) with Azurite pinned to the other: in Azure, Blob Storage does not share the handler's cores, and on one shared
/// core the handler's rendering would be charged to the storage. Ceiling and handler alternate in rounds of fresh
/// notices (which goes first alternates too, so Azurite filling up and the neighbours' load fall on both alike), and
/// the ratio is taken per round. Around each side of every round the CPU time of this process and of Azurite is read,
/// so each side's cost per notice is known per process.
/// </para>
/// </summary>
public static class EndToEndMeasurement
{
    /// <summary>Notices a warm-up batch has, on each side.</summary>
    public const int Warmup = 100;

    private const string CeilingContainer = "ceiling";

    /// <summary>The core Azurite runs on: the first, the child measuring runs on the last.</summary>
    public const int AzuriteCore = 0;

    /// <summary>How the run is pinned, in words; asked in the parent, which sees every core (the pinned child sees one).</summary>
    public static string Pinning => PinnedChild.CanPin
        ? $"Azurite on core {AzuriteCore} (`taskset -c {AzuriteCore}`); the handler, the host's side of each call and the ceiling's client in one process on core {PinnedChild.Core} (`taskset -c {PinnedChild.Core}`)"
        : "not pinned (no taskset)";

    public static async Task<EndToEndResult> MeasureAsync(SampleWorkload workload, int rounds, int noticesPerRound, int concurrency)
    {
        await using var azurite = await AzuriteProcess.StartAsync(AzuriteCore).ConfigureAwait(false);
        var config = HtmlAndTextConfiguration();
        await using var app = await HandlerApp.BuildAsync([], builder =>
        {
            // Console logging of every invocation would measure the terminal; in Azure logs go to Application Insights.
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [HandlerApp.PortSetting] = "0",
                ["NoticeStore"] = azurite.ConnectionString,
                ["Kenbaarheid:ConfigPath"] = config,
                // ProcessDecision is called by the Functions host, which needs no token; the read API is not measured.
                ["Kenbaarheid:Auth:Mode"] = "DisabledForLocalDevelopment",
            });
        }).ConfigureAwait(false);
        await app.StartAsync().ConfigureAwait(false);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(2) };

        var service = NoticeStoreClientFactory.Create(new NoticeStoreOptions { ConnectionString = azurite.ConnectionString });
        var ceiling = service.GetBlobContainerClient(CeilingContainer);
        await ceiling.CreateIfNotExistsAsync().ConfigureAwait(false);

        var envelope = await File.ReadAllTextAsync(Path.Combine(BenchPaths.Root, "tests", "Kenbaarheid.Functions.Tests", "Payloads", "servicebus-01-huurtoeslag-automated.json")).ConfigureAwait(false);
        async Task<(List<RecordedSet> Sets, List<string> Envelopes)> BatchAsync(string run, int count)
        {
            var events = Enumerable.Range(0, count).Select(i => workload.Event(i, run)).ToList();
            return (await NoticeSetsAsync(workload, events).ConfigureAwait(false), events.Select((bytes, i) => Envelope(envelope, bytes, $"{run}m{i}")).ToList());
        }

        Side Ceiling((List<RecordedSet> Sets, List<string> Envelopes) batch) => new(() => RunAsync(batch.Sets.Count, concurrency, i => UploadAsync(ceiling, batch.Sets[i])));
        Side Handler((List<RecordedSet> Sets, List<string> Envelopes) batch) => new(() => RunAsync(batch.Envelopes.Count, concurrency, i => InvokeAsync(http, batch.Envelopes[i])));

        // Both sides warm up until tiered compilation has settled, as in the CPU run (batches of both until the JIT is
        // quiet); V8 in Azurite warms up meanwhile.
        var warmupBatch = 0;
        var warmupRounds = TieringWarmup.Run(() =>
        {
            var batch = BatchAsync($"ew{warmupBatch++}", Warmup).GetAwaiter().GetResult();
            var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
            Ceiling(batch).RunAsync(azurite.ProcessId).GetAwaiter().GetResult();
            Handler(batch).RunAsync(azurite.ProcessId).GetAwaiter().GetResult();
            return System.Runtime.JitInfo.GetCompiledMethodCount() - jit;
        });

        var batches = new List<(List<RecordedSet> Sets, List<string> Envelopes)>();
        for (var round = 0; round < rounds; round++)
        {
            batches.Add(await BatchAsync($"e{round}", noticesPerRound).ConfigureAwait(false));
        }

        var measured = new List<EndToEndRound>();
        for (var round = 0; round < rounds; round++)
        {
            var ceilingFirst = round % 2 == 0;
            var first = await (ceilingFirst ? Ceiling(batches[round]) : Handler(batches[round])).RunAsync(azurite.ProcessId).ConfigureAwait(false);
            var second = await (ceilingFirst ? Handler(batches[round]) : Ceiling(batches[round])).RunAsync(azurite.ProcessId).ConfigureAwait(false);
            var (ceilingSide, handlerSide) = ceilingFirst ? (first, second) : (second, first);
            measured.Add(new EndToEndRound(
                handlerSide.Run,
                ceilingSide.Run,
                handlerSide.OwnCpu.TotalMilliseconds / noticesPerRound,
                handlerSide.AzuriteCpu.TotalMilliseconds / noticesPerRound,
                ceilingSide.OwnCpu.TotalMilliseconds / noticesPerRound,
                ceilingSide.AzuriteCpu.TotalMilliseconds / noticesPerRound));
        }

        var blobsPerNotice = batches[0].Sets[0].Documents.Count;
        await CheckStoredAsync(service.GetBlobContainerClient(StoreLayout.NoticesFolder), ((warmupRounds * Warmup) + (rounds * noticesPerRound)) * blobsPerNotice).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        Directory.Delete(config, recursive: true);
        return new EndToEndResult(
            rounds,
            noticesPerRound,
            concurrency,
            blobsPerNotice,
            warmupRounds * Warmup,
            batches.SelectMany(batch => batch.Sets).Average(set => set.Documents.Sum(d => d.Content.Length)),
            measured,
            Pinning: string.Empty);
    }

    /// <summary>
    /// The sample configuration with every agency asking for html and txt only, as the ceiling's notice sets are made:
    /// the sample profiles name no formats, which means html, txt and pdf, and a PDF notice is two more blobs and
    /// ~14 ms more CPU (BENCHMARKS.md, the PDF notice), measured on its own there.
    /// </summary>
    private static string HtmlAndTextConfiguration()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kenbaarheid-bench-config-{Guid.NewGuid():N}");
        Copy(Path.Combine(BenchPaths.Samples, "agencies"), Path.Combine(folder, "agencies"));
        Copy(Path.Combine(BenchPaths.Samples, "registry"), Path.Combine(folder, "registry"));
        foreach (var profile in Directory.EnumerateFiles(Path.Combine(folder, "agencies"), "*.json"))
        {
            var node = JsonNode.Parse(File.ReadAllText(profile))!;
            node["formats"] = new JsonArray("html", "txt");
            File.WriteAllText(profile, node.ToJsonString());
        }

        return folder;

        static void Copy(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    /// <summary>The notice sets the pipeline makes of these events, from a pipeline that stores in memory.</summary>
    private static async Task<List<RecordedSet>> NoticeSetsAsync(SampleWorkload workload, List<byte[]> events)
    {
        var recorder = new NoticeSetRecorder();
        var pipeline = workload.BuildPipeline(recorder);
        foreach (var bytes in events)
        {
            await pipeline.ProcessAsync(bytes).ConfigureAwait(false);
        }

        return recorder.Sets.Count == events.Count
            ? recorder.Sets
            : throw new InvalidOperationException($"{events.Count - recorder.Sets.Count} workload event(s) were not issued.");
    }

    /// <summary>The recorded host envelope with this event as its message, encoded twice as the host does, and a new message id.</summary>
    private static string Envelope(string recorded, byte[] eventBytes, string messageId)
    {
        var node = JsonNode.Parse(recorded)!;
        node["Data"]!["message"] = JsonSerializer.Serialize(Encoding.UTF8.GetString(eventBytes));
        node["Metadata"]!["MessageId"] = JsonSerializer.Serialize(messageId);
        return node.ToJsonString();
    }

    private static async Task<LatencyRun> RunAsync(int count, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var next = -1;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                await operation(index).ConfigureAwait(false);
                latencies[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
        return LatencyRun.From(count, wall.Elapsed, latencies);
    }

    private static async Task InvokeAsync(HttpClient http, string envelope)
    {
        using var content = new StringContent(envelope, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(new Uri("/ProcessDecision", UriKind.Relative), content).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || !body.Contains("\"Issued ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The handler did not issue a workload event: {(int)response.StatusCode} {body}");
        }
    }

    /// <summary>The blobs of one notice, as <see cref="BlobNoticeStore"/> writes them: documents, then the manifest.</summary>
    private static async Task UploadAsync(BlobContainerClient container, RecordedSet set)
    {
        var tags = set.Tags.ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal);
        var metadata = set.Tags.Where(tag => tag.Value.Length > 0).ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal);
        metadata["processedat"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var document in set.Documents)
        {
            var name = document.Path[(document.Path.IndexOf('/', StringComparison.Ordinal) + 1)..];
            await container.GetBlobClient(name).UploadAsync(
                BinaryData.FromBytes(document.Content),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType },
                    Metadata = metadata,
                    Tags = tags,
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                }).ConfigureAwait(false);
        }
    }

    private static async Task CheckStoredAsync(BlobContainerClient notices, int expected)
    {
        var count = 0;
        await foreach (var page in notices.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None).AsPages(pageSizeHint: 5000).ConfigureAwait(false))
        {
            count += page.Values.Count;
        }

        if (count != expected)
        {
            throw new InvalidOperationException($"The handler stored {count} blobs in '{notices.Name}'; the notices it issued consist of {expected}.");
        }
    }

    /// <summary>Records each notice's blobs as the pipeline creates them, in the store's order, and answers "created".</summary>
    private sealed class NoticeSetRecorder : INoticeStore
    {
        public List<RecordedSet> Sets { get; } = [];

        public Task<ReadOnlyMemory<byte>?> ReadAsync(string path, CancellationToken cancellationToken) => Task.FromResult<ReadOnlyMemory<byte>?>(null);

        public Task<CreateOutcome> CreateAsync(StoredDocument document, StoreLabels labels, CancellationToken cancellationToken)
        {
            if (!labels.Indexed)
            {
                throw new InvalidOperationException("A workload event was rejected.");
            }

            var folder = document.Path[..document.Path.LastIndexOf('/')];
            if (Sets.Count == 0 || Sets[^1].Folder != folder)
            {
                Sets.Add(new RecordedSet(folder, [], labels.Values));
            }

            Sets[^1].Documents.Add(document);
            return Task.FromResult(CreateOutcome.Created);
        }
    }

    /// <summary>The blobs of one notice in the order they were written (the manifest last), and its index tags.</summary>
    private sealed record RecordedSet(string Folder, List<StoredDocument> Documents, IReadOnlyDictionary<string, string> Tags);

    /// <summary>One side of a round: its run, and the CPU time this process and Azurite spent on it.</summary>
    private sealed record Side(Func<Task<LatencyRun>> Run)
    {
        public async Task<SideCost> RunAsync(int azurite)
        {
            // Each side starts with the garbage of the other collected, so neither pays for the other's.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var own = CpuClock.Now();
            var storage = ProcessCpu.Of(azurite);
            var run = await Run().ConfigureAwait(false);
            return new SideCost(run, CpuClock.Now() - own, ProcessCpu.Of(azurite) - storage);
        }
    }

    private sealed record SideCost(LatencyRun Run, TimeSpan OwnCpu, TimeSpan AzuriteCpu);
}
