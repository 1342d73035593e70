namespace Kenbaarheid.Explanation;

/// <summary>How the citizen reaches the agency, including a route that is not digital.</summary>
public sealed record ContactFacts(string AgencyId, string AgencyName, string? Phone, string? Web, string? Post);
