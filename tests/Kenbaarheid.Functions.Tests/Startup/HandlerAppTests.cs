using Microsoft.Extensions.Configuration;

namespace Kenbaarheid.Functions.Tests.Startup;

public sealed class HandlerAppTests
{
    [Fact]
    public async Task Build_WithUnusableSettings_RefusesToStartAndNamesEverySetting()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => HandlerApp.BuildAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore:BlobServiceUri"] = "https://account.blob.core.windows.net",
            ["NoticeStore:Credential"] = "password",
            ["Kenbaarheid:ConfigPath"] = "blob:",
            ["Kenbaarheid:ReadLinkLifetime"] = "30.00:00:00",
        })));

        Assert.Contains("NoticeStore__credential", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__ConfigPath", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__ReadLinkLifetime", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithUnusableTimerSettings_RefusesToStartAndNamesEverySetting()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => HandlerApp.BuildAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = "UseDevelopmentStorage=true",
            ["Kenbaarheid:RegistrySnapshots"] = "blob:/sync",
            ["Kenbaarheid:RegistrySnapshots:RefreshInterval"] = "-00:01:00",
            ["Kenbaarheid:RegistrySync:Organisations"] = "gm0363, gemeente",
            ["Kenbaarheid:Algoritmeregister:BaseAddress"] = "ftp://register.example",
            ["Kenbaarheid:Reconcile:ExpectedLists"] = "expected",
        })));

        Assert.Contains("Kenbaarheid__RegistrySnapshots 'blob:/sync'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("RefreshInterval", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__RegistrySync__Organisations", exception.Message, StringComparison.Ordinal);
        Assert.Contains("gemeente", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("gm0363", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__Algoritmeregister__", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__Reconcile__ExpectedLists", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithoutTokenSettings_RefusesToStartAndNamesThem()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => HandlerApp.BuildAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = "UseDevelopmentStorage=true",
            ["Kenbaarheid:Auth:Authority"] = "http://login.example/tenant/v2.0",
        })));

        Assert.Contains("Kenbaarheid__Auth__Authority 'http://login.example/tenant/v2.0'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Kenbaarheid__Auth__Audience", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WEBSITE_SITE_NAME")]
    [InlineData("WEBSITE_INSTANCE_ID")]
    public async Task Build_WithAuthenticationDisabledOnAnAzureInstance_RefusesToStart(string platformSetting)
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => HandlerApp.BuildAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HandlerApp.PortSetting] = "0",
            ["NoticeStore"] = "UseDevelopmentStorage=true",
            ["Kenbaarheid:Auth:Mode"] = "DisabledForLocalDevelopment",
            [platformSetting] = "func-kenb-production-abc",
        })));

        Assert.Contains("Kenbaarheid__Auth__Mode DisabledForLocalDevelopment", exception.Message, StringComparison.Ordinal);
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
}
