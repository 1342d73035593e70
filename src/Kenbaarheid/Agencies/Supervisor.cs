namespace Kenbaarheid.Agencies;

/// <summary>The supervisory authority a citizen can complain to.</summary>
public sealed record Supervisor(string Name, string? Web);
