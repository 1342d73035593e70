using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Configuration;
using Kenbaarheid.Azure.Tests.Azurite;

namespace Kenbaarheid.Azure.Tests.Configuration;

[Collection(AzuriteGroup.Name)]
public sealed class ConfigContainerMirrorTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Mirror_CopiesAgenciesAndRegistryBelowThePrefixAndNothingElse()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"config{Guid.NewGuid():N}");
        await container.CreateAsync();
        await container.UploadBlobAsync("v1/agencies/gm9999.json", BinaryData.FromString("{\"id\":\"gm9999\"}"));
        await container.UploadBlobAsync("v1/registry/nested/24171410.json", BinaryData.FromString("{}"));
        await container.UploadBlobAsync("v1/other/ignored.json", BinaryData.FromString("{}"));
        await container.UploadBlobAsync("agencies/outside-prefix.json", BinaryData.FromString("{}"));
        var target = Path.Combine(Path.GetTempPath(), $"kenbaarheid-mirror-{Guid.NewGuid():N}");

        try
        {
            var count = await ConfigContainerMirror.MirrorAsync(container, "v1", target, CancellationToken.None);

            Assert.Equal(2, count);
            Assert.Equal("{\"id\":\"gm9999\"}", await File.ReadAllTextAsync(Path.Combine(target, "agencies", "gm9999.json")));
            Assert.True(File.Exists(Path.Combine(target, "registry", "nested", "24171410.json")));
            Assert.False(Directory.Exists(Path.Combine(target, "other")));
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }
}
