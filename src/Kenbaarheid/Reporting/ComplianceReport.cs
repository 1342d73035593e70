namespace Kenbaarheid.Reporting;

/// <summary>
/// The compliance report over a notice store: per agency and per algorithm, what happened to the decisions and what to
/// fix in the register. It holds no wall-clock value, so the same store gives the same report.
/// <see cref="RegisterSnapshotId"/> names the register snapshot the gaps were also checked against, when one was given.
/// </summary>
public sealed record ComplianceReport(
    string? RegisterSnapshotId,
    DateOnly? RegisterSnapshotDate,
    IReadOnlyList<AgencyCompliance> Agencies);
