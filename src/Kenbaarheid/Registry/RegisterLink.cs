namespace Kenbaarheid.Registry;

/// <summary>A titled reference in a register record (a law, an impact assessment, a data source); the link may be absent.</summary>
public sealed record RegisterLink(string Title, string? Link);
