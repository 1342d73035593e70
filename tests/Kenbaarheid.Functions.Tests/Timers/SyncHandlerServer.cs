using System.Net.Http.Headers;
using System.Text;
using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Functions.Tests.Hosting;
using Kenbaarheid.Tests.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Functions.Tests.Timers;

/// <summary>
/// The handler configured as infra deploys it for the timers: register snapshots in <c>blob:registry/sync</c>, the
/// expected lists in <c>blob:registry/expected</c>, and the register at a local fixture server. Its own Azurite, so
/// the store holds only what these tests put there.
/// </summary>
public sealed class SyncHandlerServer : IAsyncLifetime
{
    private WebApplication? _app;

    public AzuriteServer Azurite { get; } = new();

    internal RegisterFixtureServer Register { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public HttpClient Http { get; private set; } = new();

    public BlobServiceClient Blobs => new(Azurite.ConnectionString);

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        _app = await HandlerApp.BuildAsync([], builder =>
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [HandlerApp.PortSetting] = "0",
                ["NoticeStore"] = Azurite.ConnectionString,
                ["NoticeStore:MaxRetries"] = "0",
                ["Kenbaarheid:RegistrySnapshots"] = "blob:registry/sync",
                ["Kenbaarheid:Reconcile:ExpectedLists"] = "blob:registry/expected",
                ["Kenbaarheid:Algoritmeregister:BaseAddress"] = Register.BaseAddress.ToString(),
                ["Kenbaarheid:Algoritmeregister:MaxRetries"] = "0",
            });
            builder.Configuration.AddInMemoryCollection(TestTokenIssuer.NeverAsked);
        });
        await _app.StartAsync();
        // The handler listens before it has read its configuration; the tests start from a loaded one.
        await _app.Services.GetRequiredService<global::Kenbaarheid.Functions.Startup.HandlerStartup>().WaitAsync(CancellationToken.None);
        Http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Register.Dispose();
        await Azurite.DisposeAsync();
    }

    public Task<HttpResponseMessage> InvokeAsync(string functionName, string envelope)
    {
        var content = new StringContent(envelope, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return Http.PostAsync($"/{functionName}", content);
    }
}
