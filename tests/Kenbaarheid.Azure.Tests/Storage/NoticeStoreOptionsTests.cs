using Kenbaarheid.Azure.Storage;

namespace Kenbaarheid.Azure.Tests.Storage;

public sealed class NoticeStoreOptionsTests
{
    [Fact]
    public void Validate_WithNeitherConnectionStringNorUri_NamesBothSettings()
    {
        var problem = Assert.Single(new NoticeStoreOptions().Validate());

        Assert.Contains("NoticeStore__blobServiceUri", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnUnknownCredential_IsRefused()
    {
        var options = new NoticeStoreOptions { BlobServiceUri = new Uri("https://account.blob.core.windows.net"), Credential = "secret" };

        Assert.Contains(options.Validate(), problem => problem.Contains("NoticeStore__credential", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_WithAnAccountUrl_BuildsATokenClientThatCannotSignWithAKey()
    {
        var client = NoticeStoreClientFactory.Create(new NoticeStoreOptions
        {
            BlobServiceUri = new Uri("https://account.blob.core.windows.net"),
            Credential = "managedidentity",
            ClientId = "00000000-0000-0000-0000-000000000001",
        });

        Assert.False(client.CanGenerateAccountSasUri);
        Assert.Equal("account", client.AccountName);
    }
}
