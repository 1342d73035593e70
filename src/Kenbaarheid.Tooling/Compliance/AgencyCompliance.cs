namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// One agency: decisions seen (issued or rejected), notices issued, rejections and flags by code, its algorithms, and
/// the same per week. <see cref="Flags"/> counts every flag of the agency's notices, including those about the decision
/// rather than an algorithm.
/// </summary>
public sealed record AgencyCompliance(
    string AgencyId,
    string? Name,
    int DecisionsSeen,
    int NoticesIssued,
    int EventsRejected,
    IReadOnlyList<CodeCount> Rejections,
    IReadOnlyList<CodeCount> Flags,
    IReadOnlyList<AlgorithmCompliance> Algorithms,
    IReadOnlyList<WeekActivity> Weeks);
