namespace Kenbaarheid.Agencies;

/// <summary>How and within how many weeks a citizen can object (bezwaar maken).</summary>
public sealed record ObjectionRoute(int PeriodWeeks, string? Web);
