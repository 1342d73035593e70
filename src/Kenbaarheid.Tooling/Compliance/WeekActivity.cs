namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// One ISO week (Monday to Sunday) of an agency, by decision date: decisions seen, notices issued, events rejected and
/// the rejection reasons by code. Weeks between the first and the last with activity are listed with zeros.
/// </summary>
public sealed record WeekActivity(DateOnly Monday, int IsoYear, int IsoWeek, int Decisions, int Notices, int Rejections, IReadOnlyList<CodeCount> RejectionReasons);
