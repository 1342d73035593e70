using System.Text.Json;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Reconciliation;

/// <summary>
/// Checks that no decision went without its notice: lists notice folders without a manifest (unfinished writes),
/// rejections with no notice since (open), and, given the agency's own list, the decisions the store knows nothing
/// about (missing).
/// A rejection is closed by a finished notice for the same agency and decision with a revision at least the
/// rejected one (any revision when the rejected event gave none). A <c>NOTICE_EXISTS</c> rejection refused a second
/// event for a notice that was already issued, so only a later revision closes it: that is what the agency was told
/// to send. Revisions, not clocks, decide "later", so the answer does not depend on when anything was written.
/// </summary>
public static class StoreReconciler
{
    public static async Task<ReconciliationReport> ReconcileAsync(
        INoticeStoreReader store, IReadOnlyList<ExpectedDecision>? expected = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var issued = new Dictionary<(string Agency, string Decision), SortedSet<int>>();
        var unfinished = new List<StoredNoticeFolder>();
        var notices = 0;
        await foreach (var folder in store.ListNoticeFoldersAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!folder.HasManifest)
            {
                unfinished.Add(folder);
                continue;
            }

            notices++;
            var key = (folder.AgencyId, folder.DecisionId);
            if (!issued.TryGetValue(key, out var revisions))
            {
                issued[key] = revisions = [];
            }

            revisions.Add(folder.Revision);
        }

        var rejected = new List<OpenRejection>();
        await foreach (var stored in store.ListRejectionsAsync(cancellationToken).ConfigureAwait(false))
        {
            var record = await store.ReadAsync(stored.RecordPath, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                continue;
            }

            rejected.Add(Read(stored, record));
        }

        var open = rejected.Where(rejection => !IsClosed(rejection, issued)).ToList();
        var unfinishedKeys = unfinished.Select(f => (f.AgencyId, f.DecisionId, f.Revision)).ToHashSet();

        Dictionary<ExpectedDecisionState, int>? states = null;
        var missing = new List<ExpectedDecision>();
        if (expected is not null)
        {
            states = Enum.GetValues<ExpectedDecisionState>().ToDictionary(state => state, _ => 0);
            // A decision listed twice is one decision: count it once.
            foreach (var decision in expected.DistinctBy(d => (d.AgencyId, d.DecisionId, d.Revision)))
            {
                var state = StateOf(decision, issued, unfinishedKeys, rejected);
                states[state]++;
                if (state == ExpectedDecisionState.Missing)
                {
                    missing.Add(decision);
                }
            }
        }

        return new ReconciliationReport(notices, rejected.Count, unfinished, open, states, missing);
    }

    private static ExpectedDecisionState StateOf(
        ExpectedDecision decision,
        Dictionary<(string Agency, string Decision), SortedSet<int>> issued,
        HashSet<(string Agency, string Decision, int Revision)> unfinished,
        List<OpenRejection> rejected)
    {
        var matches = (int revision) => decision.Revision is null || decision.Revision == revision;
        if (issued.TryGetValue((decision.AgencyId, decision.DecisionId), out var revisions) && revisions.Any(matches))
        {
            return ExpectedDecisionState.Issued;
        }

        if (unfinished.Any(f => f.Agency == decision.AgencyId && f.Decision == decision.DecisionId && matches(f.Revision)))
        {
            return ExpectedDecisionState.Unfinished;
        }

        return rejected.Any(r => r.AgencyId == decision.AgencyId && r.DecisionId == decision.DecisionId && (r.Revision is null || matches(r.Revision.Value)))
            ? ExpectedDecisionState.Rejected
            : ExpectedDecisionState.Missing;
    }

    private static bool IsClosed(OpenRejection rejection, Dictionary<(string Agency, string Decision), SortedSet<int>> issued)
    {
        if (rejection.AgencyId is null || rejection.DecisionId is null || !issued.TryGetValue((rejection.AgencyId, rejection.DecisionId), out var revisions))
        {
            return false;
        }

        if (rejection.Revision is not { } revision)
        {
            return true;
        }

        var noticeExists = rejection.Codes.Contains(PipelineErrorCodes.NoticeExists);
        return revisions.Any(issuedRevision => noticeExists ? issuedRevision > revision : issuedRevision >= revision);
    }

    /// <summary>What the record says; a record we cannot read still stands for an event without a notice, open by its path.</summary>
    private static OpenRejection Read(StoredRejection stored, byte[] bytes)
    {
        try
        {
            var record = RejectionRecord.FromJson(bytes);
            return new OpenRejection(
                record.AgencyId,
                record.DecisionId,
                record.Revision,
                record.EventId,
                stored.RecordPath,
                record.Reasons.Select(reason => reason.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
        }
        catch (JsonException)
        {
            return new OpenRejection(null, null, null, null, stored.RecordPath, []);
        }
    }
}
