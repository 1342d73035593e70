namespace Kenbaarheid.Agencies;

/// <summary>How a citizen reaches the agency: at least one of phone, web or post.</summary>
public sealed record AgencyContact(string? Phone, string? Web, string? Post);
