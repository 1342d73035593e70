using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Functions.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Functions.Tests.Endpoints;

/// <summary>
/// The deployment's identity lacks the blob-tags permission (as with Storage Blob Data Contributor alone): the event
/// is not at fault, so it gets no rejection record; the message goes back to the queue and the log names the
/// permission to grant.
/// </summary>
public sealed class StoreMisconfigurationTests : IAsyncLifetime
{
    private readonly AzuriteServer _azurite = new();
    private StorageProxy? _proxy;
    private WebApplication? _app;

    private CapturedLogs HandlerLogs { get; } = new();

    private HttpClient Http { get; set; } = new();

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _proxy = await StorageProxy.StartAsync(_azurite, refuseTags: true);
        _app = await HandlerApp.BuildAsync([], builder =>
        {
            builder.Logging.AddProvider(HandlerLogs);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [HandlerApp.PortSetting] = "0",
                ["NoticeStore"] = _proxy.ConnectionString,
                ["NoticeStore:MaxRetries"] = "0",
            });
            builder.Configuration.AddInMemoryCollection(TestTokenIssuer.NeverAsked);
        });
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        HandlerLogs.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task ProcessDecision_WhenTheStoreRefusesTags_HandsTheMessageBackAndNamesThePermissionNeverRejecting()
    {
        using var content = new StringContent(HostPayloads.Read("servicebus-01-huurtoeslag-automated"), System.Text.Encoding.UTF8, "application/json");

        using var response = await Http.PostAsync("/ProcessDecision", content);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("Outputs").GetProperty("issued").ValueKind);
        Assert.Contains("configuration fault", body.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        Assert.True(_proxy!.Refused > 0);
        var critical = Assert.Single(HandlerLogs.Lines, line => line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write", critical, StringComparison.Ordinal);
        var rejections = new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient("rejections");
        Assert.False(await rejections.ExistsAsync() && await rejections.GetBlobsAsync().AnyAsync());
    }
}
