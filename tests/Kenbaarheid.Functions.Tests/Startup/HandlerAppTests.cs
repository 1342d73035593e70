using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Tests.Startup;

public sealed class HandlerAppTests
{
    [Fact]
    public async Task Start_WithUnusableSettings_RefusesToListenAndNamesEverySetting()
    {
        var refusal = await RefusalAsync(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore:BlobServiceUri"] = "https://account.blob.core.windows.net",
            ["NoticeStore:Credential"] = "password",
            ["Kenbaarheid:ConfigPath"] = "blob:",
            ["Kenbaarheid:ReadLinkLifetime"] = "30.00:00:00",
        });

        Assert.Contains("NoticeStore__credential", refusal, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__ConfigPath", refusal, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__ReadLinkLifetime", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithUnusableTimerSettings_RefusesToListenAndNamesEverySetting()
    {
        var refusal = await RefusalAsync(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = "UseDevelopmentStorage=true",
            ["Kenbaarheid:RegistrySnapshots"] = "blob:/sync",
            ["Kenbaarheid:RegistrySnapshots:RefreshInterval"] = "-00:01:00",
            ["Kenbaarheid:RegistrySync:Organisations"] = "gm0363, gemeente",
            ["Kenbaarheid:Algoritmeregister:BaseAddress"] = "ftp://register.example",
            ["Kenbaarheid:Reconcile:ExpectedLists"] = "expected",
        });

        Assert.Contains("Kenbaarheid__RegistrySnapshots 'blob:/sync'", refusal, StringComparison.Ordinal);
        Assert.Contains("RefreshInterval", refusal, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__RegistrySync__Organisations", refusal, StringComparison.Ordinal);
        Assert.Contains("gemeente", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("gm0363", refusal, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__Algoritmeregister__", refusal, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__Reconcile__ExpectedLists", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutTokenSettings_RefusesToListenAndNamesThem()
    {
        var refusal = await RefusalAsync(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = "UseDevelopmentStorage=true",
            ["Kenbaarheid:Auth:Authority"] = "http://login.example/tenant/v2.0",
        });

        Assert.Contains("Kenbaarheid__Auth__Authority 'http://login.example/tenant/v2.0'", refusal, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__Auth__Audience", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WEBSITE_SITE_NAME")]
    [InlineData("WEBSITE_INSTANCE_ID")]
    public async Task Start_WithAuthenticationDisabledOnAnAzureInstance_RefusesToListen(string platformSetting)
    {
        var refusal = await RefusalAsync(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = "UseDevelopmentStorage=true",
            ["Kenbaarheid:Auth:Mode"] = "DisabledForLocalDevelopment",
            [platformSetting] = "func-kenb-production-abc",
        });

        Assert.Contains("Kenbaarheid__Auth__Mode DisabledForLocalDevelopment", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithAuthenticationDisabledOnADevelopersMachine_AnswersWithoutAToken()
    {
        await using var app = await HandlerApp.BuildAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = "UseDevelopmentStorage=true",
            ["Kenbaarheid:Auth:Mode"] = "DisabledForLocalDevelopment",
        }));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await client.PostAsync("/api/notices/preview", new ByteArrayContent(Hosting.HostPayloads.SampleEvent("servicebus-03-uitwonendenbeurs-prepared")));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await app.StopAsync();
    }

    /// <summary>
    /// Starts the handler with <paramref name="settings"/> and returns what stopped it: the settings checks, which run
    /// when the host starts, before the server binds its port.
    /// </summary>
    private static async Task<string> RefusalAsync(Dictionary<string, string?> settings)
    {
        await using var app = await HandlerApp.BuildAsync([], builder => builder.Configuration.AddInMemoryCollection(settings));

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.All(exception is AggregateException all ? all.InnerExceptions : [exception], failure => Assert.IsType<OptionsValidationException>(failure));
        Assert.Empty(app.Urls);
        return exception.Message;
    }
}
