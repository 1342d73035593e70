namespace Kenbaarheid.Explanation;

/// <summary>What ties the notice to its decision and its sources, so it can be traced later.</summary>
public sealed record TraceFacts(
    string NoticeId,
    string EventId,
    string DecisionId,
    int Revision,
    DateTimeOffset GeneratedAt,
    DateOnly? RegisterSnapshotDate);
