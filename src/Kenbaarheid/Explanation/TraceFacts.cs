namespace Kenbaarheid.Explanation;

/// <summary>
/// What ties the notice to its decision and its sources, so it can be traced later. <see cref="RegisterSnapshotId"/>
/// names the synced register snapshot the notice used (null when the register was read from plain files).
/// </summary>
public sealed record TraceFacts(
    string NoticeId,
    string EventId,
    string DecisionId,
    int Revision,
    DateTimeOffset GeneratedAt,
    DateOnly? RegisterSnapshotDate,
    string? RegisterSnapshotId = null);
