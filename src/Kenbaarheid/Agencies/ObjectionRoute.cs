namespace Kenbaarheid.Agencies;

/// <summary>
/// How and within how many weeks a citizen can object (bezwaar maken): on the web, where the agency opened that
/// route (Awb 2:15), and by letter to <see cref="Post"/> when objections go to another address than the contact's.
/// </summary>
public sealed record ObjectionRoute(int PeriodWeeks, string? Web, string? Post = null);
