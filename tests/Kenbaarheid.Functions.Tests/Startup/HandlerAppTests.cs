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
}
