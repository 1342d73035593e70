namespace Kenbaarheid.Agencies;

/// <summary>Where a citizen asks for the full explanation and the rules, and how soon the agency answers.</summary>
public sealed record ExplanationRequestRoute(string? Web, int ResponseDays);
