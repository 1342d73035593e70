namespace Kenbaarheid.Explanation;

/// <summary>
/// Who, by role, decided or reviewed. For a decision no person took, <see cref="RightToHumanReview"/> is set:
/// the citizen may ask for a person to look again, give their view and contest the decision.
/// </summary>
public sealed record HumanFacts(
    bool PersonDecided,
    bool? ReviewPerformed,
    string? Role,
    bool? CanDeviate,
    bool RightToHumanReview);
