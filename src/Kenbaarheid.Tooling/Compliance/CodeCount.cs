namespace Kenbaarheid.Tooling.Compliance;

/// <summary>How often a rejection or flag code occurred.</summary>
public sealed record CodeCount(string Code, int Count);
