namespace Kenbaarheid.Tooling.Compliance;

/// <summary>One algorithm of one agency: how it fared in decisions, and what its register entry lacks.</summary>
public sealed record AlgorithmCompliance(
    string Lars,
    string? Name,
    bool? Registered,
    string RegisterUrl,
    int DecisionsSeen,
    int NoticesIssued,
    IReadOnlyList<CodeCount> Rejections,
    IReadOnlyList<CodeCount> Flags,
    IReadOnlyList<RegisterGap> Gaps);
