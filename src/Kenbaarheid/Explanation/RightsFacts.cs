namespace Kenbaarheid.Explanation;

/// <summary>The routes the citizen has: the full explanation, objection, correction, complaint and help in person.</summary>
public sealed record RightsFacts(
    int ObjectionWeeks,
    string? ObjectionWeb,
    string? ExplanationWeb,
    int ExplanationResponseDays,
    string SupervisorName,
    string? SupervisorWeb,
    string? InPersonHelp);
