using System.Net;
using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Tests.Storage;

[Collection(AzuriteGroup.Name)]
public sealed class NoticeLinkIssuerTests(AzuriteServer azurite)
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Issue_ForAnIssuedNotice_GivesReadLinksThatDownloadEachDocumentUntilTheyExpire()
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var store = new BlobNoticeStore(service, TimeProvider.System);
        var decisionId = NoticeSets.NewDecisionId();
        var set = NoticeSets.Create(decisionId);
        await new NoticeStoreWriter(store).WriteNoticeAsync(set, CancellationToken.None);
        var issuer = new NoticeLinkIssuer(service, store, TimeSpan.FromSeconds(3), TimeProvider.System);

        var links = await issuer.IssueAsync(Address(decisionId), CancellationToken.None);

        Assert.NotNull(links);
        Assert.Equal(decisionId, links.Manifest.GetProperty("decisionId").GetString());
        Assert.Equal(set.Manifest.Files.Select(f => f.Name), links.Links.Select(l => l.Name));
        foreach (var link in links.Links)
        {
            Assert.Contains("sp=r", link.Url.Query, StringComparison.Ordinal);
            var content = await Http.GetByteArrayAsync(link.Url);
            Assert.Equal(set.Documents.Single(d => d.Path.EndsWith("/" + link.Name, StringComparison.Ordinal)).Content.ToArray(), content);
        }

        var wait = links.ExpiresAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.5);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        using var expired = await Http.GetAsync(links.Links[0].Url);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task Issue_ALinkOnlyReads()
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var store = new BlobNoticeStore(service, TimeProvider.System);
        var decisionId = NoticeSets.NewDecisionId();
        await new NoticeStoreWriter(store).WriteNoticeAsync(NoticeSets.Create(decisionId), CancellationToken.None);
        var links = await new NoticeLinkIssuer(service, store, TimeSpan.FromMinutes(5), TimeProvider.System).IssueAsync(Address(decisionId), CancellationToken.None);

        using var overwrite = new HttpRequestMessage(HttpMethod.Put, links!.Links[0].Url) { Content = new StringContent("changed") };
        overwrite.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var response = await Http.SendAsync(overwrite);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Issue_WhenThereIsNoNotice_IsNull()
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var issuer = new NoticeLinkIssuer(service, new BlobNoticeStore(service, TimeProvider.System), TimeSpan.FromMinutes(5), TimeProvider.System);

        Assert.Null(await issuer.IssueAsync(Address(NoticeSets.NewDecisionId()), CancellationToken.None));
    }

    private static NoticeAddress Address(string decisionId) => new(Events.AgencyId.Parse("gm9999"), Events.DecisionId.Parse(decisionId), 1);
}
