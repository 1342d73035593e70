using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Functions.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Kenbaarheid.Functions.Tests.Startup;

/// <summary>
/// The handler answers the host's readiness poll before it has read its configuration from Blob Storage, so a slow
/// store cannot push its start past the host's initialisation limit; invocations wait until the read is done.
/// </summary>
public sealed class ListenFirstTests : IAsyncLifetime
{
    private readonly AzuriteServer _azurite = new();
    private StorageProxy? _slowStore;
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var container = new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient("registry");
        await container.CreateIfNotExistsAsync();
        var samples = Path.Combine(AzuriteInstall.RepositoryRoot(), "samples");
        foreach (var folder in new[] { "agencies", "registry" })
        {
            // Every file below the folder: an agency's theme (agencies/themes/*.css) travels with its profile.
            foreach (var file in Directory.GetFiles(Path.Combine(samples, folder), "*", SearchOption.AllDirectories))
            {
                await container.GetBlobClient($"{folder}/{Path.GetRelativePath(Path.Combine(samples, folder), file).Replace('\\', '/')}").UploadAsync(file);
            }
        }

        _slowStore = await StorageProxy.StartAsync(_azurite, hold: true);
    }

    public async Task DisposeAsync()
    {
        _slowStore?.Release();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_slowStore is not null)
        {
            await _slowStore.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Handler_AnswersTheHostsPollWhileItsConfigurationLoads_AndInvocationsWaitForIt()
    {
        var slowStore = _slowStore!;
        _app = await BuildAsync(slowStore, "blob:registry");

        // Listening does not wait for the configuration, which the store holds back.
        await _app.StartAsync();
        await slowStore.FirstHeld;
        using var client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
        using var starting = await client.GetAsync("/");
        var invocation = client.PostAsync("/ProcessDecision", new StringContent(HostPayloads.Read("servicebus-01-huurtoeslag-automated"), Encoding.UTF8, "application/json"));
        var early = await Task.WhenAny(invocation, Task.Delay(TimeSpan.FromSeconds(1)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
        Assert.Equal("starting", await starting.Content.ReadAsStringAsync());
        Assert.NotSame(invocation, early);

        slowStore.Release();
        using var processed = await invocation;
        using var ready = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, processed.StatusCode);
        Assert.Contains("notices/zb999901/HT-2027-000123/r1", await processed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Handler_WhoseConfigurationCannotBeRead_Stops()
    {
        var slowStore = _slowStore!;
        _app = await BuildAsync(slowStore, "blob:no-such-container");
        var stopped = new TaskCompletionSource();
        _app.Lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
        await _app.StartAsync();

        slowStore.Release();

        await stopped.Task.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(1, Environment.ExitCode);
        Environment.ExitCode = 0;
    }

    /// <summary>The handler as infra configures it, reading its configuration from a container through the slow store.</summary>
    private static Task<WebApplication> BuildAsync(StorageProxy store, string configPath) =>
        HandlerApp.BuildAsync([], builder => builder.Configuration
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [HandlerApp.PortSetting] = "0",
                ["NoticeStore"] = store.ConnectionString,
                ["NoticeStore:MaxRetries"] = "0",
                ["NoticeStore:NetworkTimeout"] = "00:05:00",
                ["Kenbaarheid:ConfigPath"] = configPath,
            })
            .AddInMemoryCollection(TestTokenIssuer.NeverAsked));
}
