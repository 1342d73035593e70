namespace Kenbaarheid.Events;

/// <summary>A risk model's classification of the person and what followed from it.</summary>
public sealed record RiskClassification(
    bool Applied,
    string Label,
    Lars ProducedBy,
    string Consequence,
    bool AffectedOutcome);
