namespace Kenbaarheid.Events;

/// <summary>One algorithm's part in the decision, as the agency reports it.</summary>
public sealed record AlgorithmUse(
    Lars Lars,
    string? Version,
    AlgorithmRole Role,
    ContributionWeight Weight,
    string? Explanation,
    IReadOnlyList<AlgorithmParameter> Parameters,
    IReadOnlyList<string> Operations);
