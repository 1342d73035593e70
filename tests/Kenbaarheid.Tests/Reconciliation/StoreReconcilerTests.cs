using Kenbaarheid.Pipeline;
using Kenbaarheid.Reconciliation;
using Kenbaarheid.Storage;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Storage;

namespace Kenbaarheid.Tests.Reconciliation;

public sealed class StoreReconcilerTests
{
    private static IReadOnlyList<ExpectedDecision> Expected(string text) => ExpectedDecisionList.Parse(text, "expected").Decisions;

    [Fact]
    public async Task Reconcile_OverTheSamplesFindsTheMissingDecisionAndTheTwoOpenRejections()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var expected = Expected("zb999901,HT-2027-000123,1\nzb999901,HT-2027-000456\ngm9999,WOZ-2027-553311,2\ngm9999,HT-2027-000999\ngm9999,NEVER-SENT-1,1\n");

        var report = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(store.Folder), expected);

        Assert.Equal((6, 2), (report.Notices, report.Rejections));
        Assert.Empty(report.Unfinished);
        Assert.Equal("gm9999,NEVER-SENT-1,r1", Assert.Single(report.Missing).ToString());
        Assert.Equal(["gm9999,HT-2027-000999", "zb999901,HT-2027-001000"], report.OpenRejections.Select(r => r.Decision).Order(StringComparer.Ordinal));
        Assert.Contains("RECIPIENT_REF_IS_BSN", report.OpenRejections.Single(r => r.AgencyId == "gm9999").Codes);
        Assert.Equal(3, report.Expected![ExpectedDecisionState.Issued]);
        Assert.Equal(1, report.Expected[ExpectedDecisionState.Rejected]);
        Assert.Equal(1, report.Expected[ExpectedDecisionState.Missing]);
        Assert.True(report.DecisionsLackNotices);
    }

    [Fact]
    public async Task Reconcile_NamesTheRevisionThatIsMissingWhenAnotherRevisionWasIssued()
    {
        using var store = await new SampleStore().WithSamplesAsync();

        var report = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(store.Folder), Expected("gm9999,WOZ-2027-553311,1\ngm9999,WOZ-2027-553311\n"));

        Assert.Equal("gm9999,WOZ-2027-553311,r1", Assert.Single(report.Missing).ToString());
    }

    [Fact]
    public async Task Reconcile_ListsAFolderWithoutManifestAsUnfinished()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        File.Delete(Path.Combine(store.Folder, "notices/gm9999/PV-2026-1201/r1/manifest.json"));

        var report = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(store.Folder), Expected("gm9999,PV-2026-1201,1\n"));

        var unfinished = Assert.Single(report.Unfinished);
        Assert.Equal(("notices/gm9999/PV-2026-1201/r1", false), (unfinished.Folder, unfinished.HasManifest));
        Assert.Equal(1, report.Expected![ExpectedDecisionState.Unfinished]);
        Assert.Empty(report.Missing);
    }

    [Fact]
    public async Task Reconcile_ClosesARejectionOnceTheCorrectedEventIsIssued()
    {
        using var store = new SampleStore();
        var bad = SampleEvents.Tree(SampleEvents.Parking).With("/data/recipient/ref", "111222333");
        Assert.IsType<PipelineOutcome.Rejected>(await store.ProcessAsync(bad));
        var before = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(store.Folder));

        Assert.IsType<PipelineOutcome.Issued>(await store.ProcessAsync(SampleEvents.Tree(SampleEvents.Parking).With("/id", "evt-corrected")));
        var after = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(store.Folder));

        Assert.Equal("gm9999,PV-2026-1201,r1", Assert.Single(before.OpenRejections).Decision);
        Assert.Empty(after.OpenRejections);
        Assert.False(after.DecisionsLackNotices);
        Assert.Null(after.Expected);
    }

    [Fact]
    public async Task Reconcile_KeepsANoticeExistsRejectionOpenUntilALaterRevisionIsIssued()
    {
        using var store = new SampleStore();
        await store.ProcessAsync(SampleEvents.Tree(SampleEvents.Parking));
        var conflicting = SampleEvents.Tree(SampleEvents.Parking).With("/id", "evt-conflict").With("/data/decision/outcome", "Een ander besluit.");
        var rejected = Assert.IsType<PipelineOutcome.Rejected>(await store.ProcessAsync(conflicting));
        Assert.Contains(rejected.Record.Reasons, r => r.Code == PipelineErrorCodes.NoticeExists);

        var open = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(store.Folder));
        await store.ProcessAsync(SampleEvents.Tree(SampleEvents.Parking).With("/id", "evt-revision-2").With("/data/decision/revision", 2));
        var closed = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(store.Folder));

        Assert.Equal("gm9999,PV-2026-1201,r1", Assert.Single(open.OpenRejections).Decision);
        Assert.Empty(closed.OpenRejections);
    }

    [Fact]
    public async Task Reconcile_OfAnEmptyStoreWithNoExpectationsFindsNothingAmiss()
    {
        var folder = Directory.CreateTempSubdirectory("kenbaarheid-reconcile-").FullName;
        try
        {
            var report = await StoreReconciler.ReconcileAsync(new FileSystemNoticeStoreReader(folder));

            Assert.False(report.DecisionsLackNotices);
            Assert.Equal((0, 0), (report.Notices, report.Rejections));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
