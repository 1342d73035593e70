using System.Net.Http.Headers;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Azure.Tests.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Functions.Tests.Hosting;

/// <summary>
/// The handler as the Functions host runs it: built by its own <see cref="HandlerApp"/>, listening with Kestrel on a
/// free loopback port, writing to a real Azurite that this fixture starts and can stop. Tests talk to it over HTTP.
/// </summary>
public sealed class HandlerServer : IAsyncLifetime
{
    /// <summary>Short, so a test can watch a read link expire.</summary>
    public static readonly TimeSpan ReadLinkLifetime = TimeSpan.FromSeconds(3);

    /// <summary>Every sample agency: the default client may call the HTTP functions for each.</summary>
    public static readonly IReadOnlyList<string> SampleAgencies = ["gm9999", "zb999901", "zb999902"];

    private WebApplication? _app;

    public AzuriteServer Azurite { get; } = new();

    /// <summary>A client holding a token with the role of every sample agency, as an agency's client with all of them would.</summary>
    public HttpClient Http { get; private set; } = new();

    /// <summary>The issuer of the tokens the handler accepts.</summary>
    public TestTokenIssuer Tokens { get; private set; } = null!;

    /// <summary>The address the handler listens on.</summary>
    public Uri Address => Http.BaseAddress!;

    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// When set, the handler reaches Azurite through a <see cref="StorageProxy"/> that delays every Put by this much,
    /// so a notice set takes a while to write, as over a real network; <see cref="Blobs"/> still reads Azurite directly.
    /// </summary>
    public TimeSpan StorePutLatency { get; init; }

    /// <summary>When set, the handler reaches Azurite through a <see cref="StorageProxy"/> (also when there is no latency), so a test can count its requests.</summary>
    public bool ThroughStoreProxy { get; init; }

    /// <summary>The proxy between the handler and Azurite, or null when the handler talks to Azurite directly.</summary>
    public StorageProxy? StoreProxy { get; private set; }

    /// <summary>Settings added after the defaults, e.g. log levels; for servers a test starts itself.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public BlobServiceClient Blobs => new(Azurite.ConnectionString);

    /// <summary>The running app's services, e.g. to tell its meters from those of other handlers in the process.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>The routes and methods the running handler serves, e.g. ("/ProcessDecision", "POST").</summary>
    public IReadOnlySet<(string Route, string Method)> Endpoints =>
        _app!.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (Route(endpoint), method)))
            .ToHashSet();

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        if (StorePutLatency > TimeSpan.Zero || ThroughStoreProxy)
        {
            StoreProxy = await StorageProxy.StartAsync(Azurite, putLatency: StorePutLatency);
        }

        Tokens = await TestTokenIssuer.StartAsync();
        _app = await HandlerApp.BuildAsync([], builder =>
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = StoreProxy?.ConnectionString ?? Azurite.ConnectionString,
            // One attempt per request: an outage answers at once instead of after the SDK's back-off.
            ["NoticeStore:MaxRetries"] = "0",
            ["NoticeStore:NetworkTimeout"] = "00:00:10",
            ["Kenbaarheid:ReadLinkLifetime"] = ReadLinkLifetime.ToString(),
            ["Kenbaarheid:Auth:Authority"] = Tokens.Issuer,
            ["Kenbaarheid:Auth:Audience"] = TestTokenIssuer.Audience,
        });
            builder.Configuration.AddInMemoryCollection(Settings);
        });
        await _app.StartAsync();
        // The handler listens before it has read its configuration; the tests start from a loaded one.
        await _app.Services.GetRequiredService<global::Kenbaarheid.Functions.Startup.HandlerStartup>().WaitAsync(CancellationToken.None);
        // With port 0 Kestrel picks a free port; Urls then holds the address it listens on.
        var address = _app.Urls.Single();
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Token(SampleAgencies.Select(agency => $"Agency.{agency}")));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (StoreProxy is not null)
        {
            await StoreProxy.DisposeAsync();
        }

        await Azurite.DisposeAsync();
        if (Tokens is not null)
        {
            await Tokens.DisposeAsync();
        }
    }

    /// <summary>Posts an invocation envelope as the host does: JSON, to /{FunctionName}.</summary>
    public Task<HttpResponseMessage> InvokeAsync(string functionName, string envelope) => Http.PostAsync($"/{functionName}", EnvelopeContent(envelope));

    /// <summary>An envelope as the host's request body: JSON in UTF-8.</summary>
    public static HttpContent EnvelopeContent(string envelope)
    {
        var content = new StringContent(envelope, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Every blob in both containers with its ETag and last-modified time.</summary>
    public async Task<Dictionary<string, (global::Azure.ETag? ETag, DateTimeOffset? LastModified)>> SnapshotAsync()
    {
        var blobs = new Dictionary<string, (global::Azure.ETag?, DateTimeOffset?)>(StringComparer.Ordinal);
        foreach (var container in new[] { "notices", "rejections" })
        {
            var client = Blobs.GetBlobContainerClient(container);
            if (!await client.ExistsAsync())
            {
                continue;
            }

            await foreach (var item in client.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
            {
                blobs[$"{container}/{item.Name}"] = (item.Properties.ETag, item.Properties.LastModified);
            }
        }

        return blobs;
    }
}
