namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// The compliance report over a notice store: per agency and per algorithm, what happened to the decisions of
/// <see cref="Period"/> and what to fix in the register. It holds no wall-clock value, so the same store gives the same
/// report. <see cref="RegisterSnapshotId"/> names the register snapshot the gaps were also checked against, when one
/// was given; <see cref="NoticesRegisterDate"/> is the newest register date the period's notices were made with (from
/// their explanation), null when none names one. <see cref="FirstDecision"/> and <see cref="LastDecision"/> are the
/// decision dates actually found.
/// </summary>
public sealed record ComplianceReport(
    string? RegisterSnapshotId,
    DateOnly? RegisterSnapshotDate,
    IReadOnlyList<AgencyCompliance> Agencies,
    ReportPeriod Period,
    DateOnly? FirstDecision,
    DateOnly? LastDecision,
    DateOnly? NoticesRegisterDate,
    string? NoticesRegisterSnapshotId);
