namespace Kenbaarheid.Explanation;

/// <summary>A risk model classified the person: by which algorithm, as what, what followed, and whether it changed the outcome.</summary>
public sealed record RiskFacts(
    string Label,
    string ProducedBy,
    string? ProducedByName,
    string Consequence,
    bool AffectedOutcome,
    bool Profiling);
