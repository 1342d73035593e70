using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Tests.Storage;

[Collection(AzuriteGroup.Name)]
public sealed class BlobNoticeStoreTests(AzuriteServer azurite)
{
    private BlobServiceClient Service(HttpPipelinePolicy? policy = null)
    {
        var options = new BlobClientOptions { Retry = { MaxRetries = 0 } };
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return new BlobServiceClient(azurite.ConnectionString, options);
    }

    private BlobNoticeStore Store(HttpPipelinePolicy? policy = null) => new(Service(policy), TimeProvider.System);

    private NoticeStoreWriter Writer(HttpPipelinePolicy? policy = null) => new(Store(policy));

    private async Task<Dictionary<string, BlobItem>> BlobsAsync(string container, string prefix)
    {
        var blobs = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var item in Service().GetBlobContainerClient(container).GetBlobsAsync(BlobTraits.Metadata | BlobTraits.Tags, BlobStates.None, prefix, CancellationToken.None))
        {
            blobs[item.Name] = item;
        }

        return blobs;
    }

    [Fact]
    public async Task WriteNotice_CreatesEveryDocumentWithItsContentTypeMetadataAndTags()
    {
        var set = NoticeSets.Create(NoticeSets.NewDecisionId());

        var result = await Writer().WriteNoticeAsync(set, CancellationToken.None);

        Assert.IsType<NoticeWriteResult.Written>(result);
        var folder = set.Address.Folder["notices/".Length..];
        var blobs = await BlobsAsync("notices", folder);
        Assert.Equal(
            ["explanation.json", "manifest.json", "notice.nl.html", "notice.nl.txt"],
            blobs.Keys.Select(name => name[(folder.Length + 1)..]).Order(StringComparer.Ordinal));
        foreach (var document in set.Documents.Append(set.ManifestDocument))
        {
            var blob = blobs[document.Path["notices/".Length..]];
            Assert.Equal(document.ContentType, blob.Properties.ContentType);
            Assert.Equal("gm9999", blob.Metadata["agency"]);
            Assert.True(DateTimeOffset.TryParse(blob.Metadata["processedat"], System.Globalization.CultureInfo.InvariantCulture, out _));
            var tags = (await Service().GetBlobContainerClient("notices").GetBlobClient(blob.Name).GetTagsAsync()).Value.Tags;
            Assert.Equal(set.Tags.OrderBy(t => t.Key, StringComparer.Ordinal), tags.OrderBy(t => t.Key, StringComparer.Ordinal));
            var content = (await Service().GetBlobContainerClient("notices").GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content;
            Assert.Equal(document.Content.ToArray(), content.ToArray());
        }
    }

    [Fact]
    public async Task WriteNotice_TheSameSetAgain_ChangesNoBlobAndFindsItWritten()
    {
        var set = NoticeSets.Create(NoticeSets.NewDecisionId());
        await Writer().WriteNoticeAsync(set, CancellationToken.None);
        var before = await BlobsAsync("notices", set.Address.Folder["notices/".Length..]);

        var result = await new NoticeStoreWriter(new BlobNoticeStore(Service(), TimeProvider.System)).WriteNoticeAsync(set, CancellationToken.None);

        Assert.Equal(set.Manifest.EventSha256, Assert.IsType<NoticeWriteResult.AlreadyWritten>(result).Manifest.EventSha256);
        var after = await BlobsAsync("notices", set.Address.Folder["notices/".Length..]);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair =>
        {
            Assert.Equal(pair.Value.Properties.ETag, after[pair.Key].Properties.ETag);
            Assert.Equal(pair.Value.Properties.LastModified, after[pair.Key].Properties.LastModified);
        });
    }

    [Fact]
    public async Task WriteNotice_ADifferentSetInTheSamePlace_IsAConflictAndOverwritesNothing()
    {
        var decisionId = NoticeSets.NewDecisionId();
        var first = NoticeSets.Create(decisionId, body: "<p>first</p>");
        await Writer().WriteNoticeAsync(first, CancellationToken.None);

        var result = await Writer().WriteNoticeAsync(NoticeSets.Create(decisionId, body: "<p>second, different</p>"), CancellationToken.None);

        Assert.IsType<NoticeWriteResult.Conflict>(result);
        var html = await Service().GetBlobContainerClient("notices").GetBlobClient($"gm9999/{decisionId}/r1/notice.nl.html").DownloadContentAsync();
        Assert.Equal("<p>first</p>", html.Value.Content.ToString());
    }

    [Fact]
    public async Task WriteNotice_AfterAFailureHalfWay_LeavesNoManifestAndARetryCompletesTheSet()
    {
        var set = NoticeSets.Create(NoticeSets.NewDecisionId());
        // Fails the second upload: the first document is stored, the rest and the manifest are not.
        var broken = Writer(new FailingRequestPolicy(upload => upload == 2));

        await Assert.ThrowsAsync<NoticeStoreUnavailableException>(() => broken.WriteNoticeAsync(set, CancellationToken.None));
        Assert.Null(await Store().ReadAsync(set.Address.ManifestPath, CancellationToken.None));
        var partial = await BlobsAsync("notices", set.Address.Folder["notices/".Length..]);
        Assert.Equal("explanation.json", Assert.Single(partial).Key[(set.Address.Folder.Length - "notices/".Length + 1)..]);

        Assert.IsType<NoticeWriteResult.Written>(await Writer().WriteNoticeAsync(set, CancellationToken.None));
        Assert.Equal(set.ManifestDocument.Content.ToArray(), (await Store().ReadAsync(set.Address.ManifestPath, CancellationToken.None))!.Value.ToArray());
        Assert.Equal(4, (await BlobsAsync("notices", set.Address.Folder["notices/".Length..])).Count);
        Assert.Equal(partial.Single().Value.Properties.ETag, (await BlobsAsync("notices", set.Address.Folder["notices/".Length..]))[partial.Single().Key].Properties.ETag);
    }

    [Fact]
    public async Task Read_WhenNoNoticeExists_IsNull()
    {
        Assert.Null(await Store().ReadAsync($"notices/gm9999/{NoticeSets.NewDecisionId()}/r1/manifest.json", CancellationToken.None));
    }

    [Fact]
    public async Task Create_TellsANewBlobFromTheSameBytesAndFromOtherBytes_AndNeverOverwrites()
    {
        var document = new StoredDocument($"notices/gm9999/{NoticeSets.NewDecisionId()}/r1/notice.nl.txt", "text/plain; charset=utf-8", "first"u8.ToArray());
        var labels = new StoreLabels(new Dictionary<string, string> { ["agency"] = "gm9999" }, Indexed: false);

        var outcomes = new[]
        {
            await Store().CreateAsync(document, labels, CancellationToken.None),
            await Store().CreateAsync(document, labels, CancellationToken.None),
            await Store().CreateAsync(document with { Content = "second"u8.ToArray() }, labels, CancellationToken.None),
        };

        Assert.Equal([CreateOutcome.Created, CreateOutcome.Identical, CreateOutcome.Different], outcomes);
        Assert.Equal("first"u8.ToArray(), (await Store().ReadAsync(document.Path, CancellationToken.None))!.Value.ToArray());
    }

    [Fact]
    public async Task WriteNotice_TagsWithCharactersBlobStorageRefuses_AreSanitized()
    {
        var set = NoticeSets.Create(NoticeSets.NewDecisionId(), flags: "CODE,WITH;ODD#CHARS é");

        await Writer().WriteNoticeAsync(set, CancellationToken.None);

        var tags = (await Service().GetBlobContainerClient("notices").GetBlobClient(set.ManifestDocument.Path["notices/".Length..]).GetTagsAsync()).Value.Tags;
        Assert.Equal("CODE_WITH_ODD_CHARS _", tags["flags"]);
    }

    [Fact]
    public async Task WriteRejection_TheSameEventTwice_KeepsOneRecordAndEvent()
    {
        var rejection = Rejection(Guid.NewGuid().ToString("N"), "{\"id\":1}");

        var first = await Writer().WriteRejectionAsync(rejection, CancellationToken.None);
        var second = await Writer().WriteRejectionAsync(rejection with { Record = Encoding.UTF8.GetBytes("{\"receivedAt\":\"later\"}") }, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal($"rejections/gm9999/{rejection.EventId}.json", first);
        var blobs = await BlobsAsync("rejections", $"gm9999/{rejection.EventId}");
        Assert.Equal([$"gm9999/{rejection.EventId}.event.json", $"gm9999/{rejection.EventId}.json"], blobs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("{\"reasons\":[]}", Encoding.UTF8.GetString((await Store().ReadAsync(first, CancellationToken.None))!.Value.Span));
        Assert.All(blobs.Values, blob => Assert.Equal("application/json", blob.Properties.ContentType));
    }

    [Fact]
    public async Task WriteRejection_ADifferentEventWithTheSameId_IsKeptApart()
    {
        var baseName = Guid.NewGuid().ToString("N");
        await Writer().WriteRejectionAsync(Rejection(baseName, "{\"id\":1}"), CancellationToken.None);

        var other = Rejection(baseName, "{\"id\":2}");
        var path = await Writer().WriteRejectionAsync(other, CancellationToken.None);

        Assert.Equal($"rejections/gm9999/{baseName}-{other.EventSha256[..12]}.json", path);
        Assert.Equal(4, (await BlobsAsync("rejections", $"gm9999/{baseName}")).Count);
    }

    [Fact]
    public async Task Store_WhenTheServiceCannotBeReached_ThrowsNoticeStoreUnavailable()
    {
        var unreachable = new BlobNoticeStore(
            new BlobServiceClient(azurite.ConnectionString.Replace($":{azurite.Port}/", ":1/", StringComparison.Ordinal), new BlobClientOptions { Retry = { MaxRetries = 0 } }),
            TimeProvider.System);
        var set = NoticeSets.Create(NoticeSets.NewDecisionId());

        await Assert.ThrowsAsync<NoticeStoreUnavailableException>(() => unreachable.ReadAsync(set.Address.ManifestPath, CancellationToken.None));
        await Assert.ThrowsAsync<NoticeStoreUnavailableException>(() => new NoticeStoreWriter(unreachable).WriteNoticeAsync(set, CancellationToken.None));
    }

    [Fact]
    public async Task WriteNotice_WhenTheIdentityMayNotWriteTags_IsAMisconfigurationThatNamesThePermission()
    {
        using var refusing = new TagRefusingHandler();
        var options = new BlobClientOptions { Retry = { MaxRetries = 0 }, Transport = new HttpClientTransport(new HttpClient(refusing)) };
        var store = new BlobNoticeStore(new BlobServiceClient(azurite.ConnectionString, options), TimeProvider.System);
        var set = NoticeSets.Create(NoticeSets.NewDecisionId());
        await Service().GetBlobContainerClient("notices").CreateIfNotExistsAsync();

        var refused = await Assert.ThrowsAsync<NoticeStoreUnavailableException>(() => new NoticeStoreWriter(store).WriteNoticeAsync(set, CancellationToken.None));

        Assert.True(refused.IsMisconfiguration);
        Assert.Contains("AuthorizationPermissionMismatch", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, refusing.Refused);
        Assert.Empty(await BlobsAsync("notices", set.Address.Folder["notices/".Length..]));
    }

    [Fact]
    public async Task Store_WhenTheServiceIsDown_IsNoMisconfiguration()
    {
        var set = NoticeSets.Create(NoticeSets.NewDecisionId());

        var down = await Assert.ThrowsAsync<NoticeStoreUnavailableException>(() => Writer(new FailingRequestPolicy(_ => true)).WriteNoticeAsync(set, CancellationToken.None));

        Assert.False(down.IsMisconfiguration);
    }

    private static RejectionSet Rejection(string eventId, string eventJson)
    {
        var bytes = Encoding.UTF8.GetBytes(eventJson);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return new RejectionSet("gm9999", eventId, sha, Encoding.UTF8.GetBytes("{\"reasons\":[]}"), bytes);
    }
}
