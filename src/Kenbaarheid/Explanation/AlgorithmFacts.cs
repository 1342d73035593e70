using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// One algorithm's part in the decision: what the agency reports (role, weight, parameters, operations) and
/// what the register says (<see cref="Register"/>, null when the algorithm is not registered).
/// <see cref="ClassifiedPerson"/> is set for every algorithm the risk statement names.
/// </summary>
public sealed record AlgorithmFacts(
    string Lars,
    string? Version,
    AlgorithmRole Role,
    ContributionWeight Weight,
    string? Explanation,
    IReadOnlyList<ParameterFacts> Parameters,
    IReadOnlyList<string> Operations,
    bool ClassifiedPerson,
    RegisterFacts? Register);
