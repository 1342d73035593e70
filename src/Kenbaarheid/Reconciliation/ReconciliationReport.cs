using Kenbaarheid.Storage;

namespace Kenbaarheid.Reconciliation;

/// <summary>
/// What a reconciliation found. <see cref="Expected"/> is null when no expected list was given; then only the store's
/// own state is known: unfinished folders and open rejections. Ids, paths and codes only, never event content.
/// </summary>
public sealed record ReconciliationReport(
    int Notices,
    int Rejections,
    IReadOnlyList<StoredNoticeFolder> Unfinished,
    IReadOnlyList<OpenRejection> OpenRejections,
    IReadOnlyDictionary<ExpectedDecisionState, int>? Expected,
    IReadOnlyList<ExpectedDecision> Missing)
{
    /// <summary>True when any decision lacks its notice: missing, unfinished, or rejected without a notice since.</summary>
    public bool DecisionsLackNotices => Missing.Count > 0 || Unfinished.Count > 0 || OpenRejections.Count > 0;

    public int ExpectedCount => Expected?.Values.Sum() ?? 0;
}
