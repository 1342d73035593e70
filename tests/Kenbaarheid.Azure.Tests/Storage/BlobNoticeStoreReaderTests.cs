using System.Text;
using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Reconciliation;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Tests.Storage;

[Collection(AzuriteGroup.Name)]
public sealed class BlobNoticeStoreReaderTests(AzuriteServer azurite)
{
    private BlobServiceClient Service => new(azurite.ConnectionString, new BlobClientOptions { Retry = { MaxRetries = 0 } });

    private static RejectionSet Rejection(string eventId, string decisionId) => new(
        "gm9999",
        eventId,
        new string('a', 64),
        Encoding.UTF8.GetBytes($"{{\"eventId\":\"{eventId}\",\"agencyId\":\"gm9999\",\"decisionId\":\"{decisionId}\",\"revision\":1,\"reasons\":[{{\"code\":\"RECIPIENT_REF_IS_BSN\"}}]}}"),
        Encoding.UTF8.GetBytes($"{{\"id\":\"{eventId}\",\"data\":{{\"decision\":{{\"id\":\"{decisionId}\",\"revision\":1}}}}}}"));

    [Fact]
    public async Task Lists_FinishedAndUnfinishedFoldersAndRejectionsBesideTheirEvents()
    {
        var store = new NoticeStoreWriter(new BlobNoticeStore(Service, TimeProvider.System));
        var finished = NoticeSets.NewDecisionId();
        var unfinished = NoticeSets.NewDecisionId();
        var rejected = NoticeSets.NewDecisionId();
        await store.WriteNoticeAsync(NoticeSets.Create(finished), CancellationToken.None);
        var half = NoticeSets.Create(unfinished);
        await Service.GetBlobContainerClient("notices").GetBlobClient($"gm9999/{unfinished}/r1/notice.nl.html").UploadAsync(BinaryData.FromBytes(half.Documents[1].Content));
        await store.WriteRejectionAsync(Rejection($"evt-{rejected}", rejected), CancellationToken.None);
        var reader = new BlobNoticeStoreReader(Service);

        var folders = await reader.ListNoticeFoldersAsync(CancellationToken.None).ToListAsync();
        var rejections = await reader.ListRejectionsAsync(CancellationToken.None).ToListAsync();

        Assert.Equal(folders.Select(f => f.Folder).Order(StringComparer.Ordinal), folders.Select(f => f.Folder));
        Assert.Equal(new StoredNoticeFolder(new NoticeAddress(Events.AgencyId.Parse("gm9999"), Events.DecisionId.Parse(finished), 1), true), folders.Single(f => f.DecisionId == finished));
        Assert.False(folders.Single(f => f.DecisionId == unfinished).HasManifest);
        var rejection = rejections.Single(r => r.RecordPath.Contains(rejected, StringComparison.Ordinal));
        Assert.Equal(($"rejections/gm9999/evt-{rejected}.json", "gm9999", $"rejections/gm9999/evt-{rejected}.event.json"), (rejection.RecordPath, rejection.AgencyFolder, rejection.EventPath));
        Assert.NotNull(await reader.ReadAsync(folders.Single(f => f.DecisionId == finished).ManifestPath, CancellationToken.None));
        Assert.Null(await reader.ReadAsync($"notices/gm9999/{unfinished}/r1/manifest.json", CancellationToken.None));
    }

    [Fact]
    public async Task Reconcile_OverBlobStorageFindsTheMissingTheUnfinishedAndTheOpenRejection()
    {
        var store = new NoticeStoreWriter(new BlobNoticeStore(Service, TimeProvider.System));
        var issued = NoticeSets.NewDecisionId();
        var unfinished = NoticeSets.NewDecisionId();
        var rejected = NoticeSets.NewDecisionId();
        var missing = NoticeSets.NewDecisionId();
        await store.WriteNoticeAsync(NoticeSets.Create(issued), CancellationToken.None);
        await Service.GetBlobContainerClient("notices").GetBlobClient($"gm9999/{unfinished}/r1/notice.nl.txt").UploadAsync(BinaryData.FromString("notice"));
        await store.WriteRejectionAsync(Rejection($"evt-{rejected}", rejected), CancellationToken.None);
        var expected = ExpectedDecisionList.Parse($"gm9999,{issued},1\ngm9999,{unfinished}\ngm9999,{rejected},1\ngm9999,{missing}\n", "expected").Decisions;

        var report = await StoreReconciler.ReconcileAsync(new BlobNoticeStoreReader(Service), expected);

        Assert.Equal($"gm9999,{missing}", Assert.Single(report.Missing).ToString());
        Assert.Contains(report.Unfinished, f => f.DecisionId == unfinished);
        Assert.Equal($"gm9999,{rejected},r1", report.OpenRejections.Single(r => r.DecisionId == rejected).Decision);
        Assert.Equal((1, 1, 1, 1), (report.Expected![ExpectedDecisionState.Issued], report.Expected[ExpectedDecisionState.Unfinished], report.Expected[ExpectedDecisionState.Rejected], report.Expected[ExpectedDecisionState.Missing]));
    }

    [Fact]
    public async Task Read_OfAnUnreachableAccountIsStoreUnavailable()
    {
        var unreachable = new BlobServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1"), new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) } });

        await Assert.ThrowsAsync<NoticeStoreUnavailableException>(async () => await new BlobNoticeStoreReader(unreachable).ListNoticeFoldersAsync(CancellationToken.None).ToListAsync());
    }
}
