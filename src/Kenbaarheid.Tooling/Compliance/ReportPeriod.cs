namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// The decision dates a report covers, both ends inclusive; an open end (null) covers everything on that side. A
/// decision belongs to the period by its decision date (<c>data.decision.date</c>), the date the agency decided, so a
/// decision keeps its place when its notice is re-issued or its event arrives late.
/// </summary>
public sealed record ReportPeriod(DateOnly? Since, DateOnly? Until)
{
    /// <summary>Every decision in the store.</summary>
    public static readonly ReportPeriod All = new(null, null);

    public bool Contains(DateOnly date) => (Since is null || date >= Since) && (Until is null || date <= Until);
}
