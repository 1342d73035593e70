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
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// The handler as the Functions host drives it — Service Bus invocation envelopes POSTed to /ProcessDecision, at most
/// <c>concurrency</c> at a time (host.json's maxConcurrentCalls) — storing into Azurite; next to the ceiling: the very
/// blobs those notices consist of, uploaded with the same SDK, the same headers, metadata, tags and create-only
/// condition, notice by notice in the store's order, at the same concurrency, to the same Azurite. The ceiling runs
/// first, so whatever Azurite slows down by holding more blobs counts against the handler.
/// </summary>
public static class EndToEndMeasurement
{
    private const string CeilingContainer = "ceiling";
    private const int Warmup = 100;

    public static async Task<EndToEndResult> MeasureAsync(SampleWorkload workload, int notices, int concurrency)
    {
        await using var azurite = await AzuriteProcess.StartAsync().ConfigureAwait(false);
        await using var app = await HandlerApp.BuildAsync([], builder =>
        {
            // Console logging of every invocation would measure the terminal; in Azure logs go to Application Insights.
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [HandlerApp.PortSetting] = "0",
                ["NoticeStore"] = azurite.ConnectionString,
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
        var warmupEvents = Enumerable.Range(0, Warmup).Select(i => workload.Event(i, "ew")).ToList();
        var events = Enumerable.Range(0, notices).Select(i => workload.Event(i, "e")).ToList();
        var warmupSets = await NoticeSetsAsync(workload, warmupEvents).ConfigureAwait(false);
        var sets = await NoticeSetsAsync(workload, events).ConfigureAwait(false);
        var warmupEnvelopes = warmupEvents.Select((bytes, i) => Envelope(envelope, bytes, $"w{i}")).ToList();
        var envelopes = events.Select((bytes, i) => Envelope(envelope, bytes, $"m{i}")).ToList();

        await RunAsync(warmupSets.Count, concurrency, i => UploadAsync(ceiling, warmupSets[i])).ConfigureAwait(false);
        await RunAsync(warmupEnvelopes.Count, concurrency, i => InvokeAsync(http, warmupEnvelopes[i])).ConfigureAwait(false);

        var ceilingRun = await RunAsync(sets.Count, concurrency, i => UploadAsync(ceiling, sets[i])).ConfigureAwait(false);
        var handlerRun = await RunAsync(envelopes.Count, concurrency, i => InvokeAsync(http, envelopes[i])).ConfigureAwait(false);

        var blobsPerNotice = sets[0].Documents.Count;
        await CheckStoredAsync(service.GetBlobContainerClient(StoreLayout.NoticesFolder), (notices + Warmup) * blobsPerNotice).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return new EndToEndResult(
            notices,
            concurrency,
            blobsPerNotice,
            sets.Average(set => set.Documents.Sum(d => d.Content.Length)),
            handlerRun,
            ceilingRun);
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
}
