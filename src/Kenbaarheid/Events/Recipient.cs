namespace Kenbaarheid.Events;

/// <summary>Who the decision is for: a pseudonymous reference only, never a BSN.</summary>
public sealed record Recipient(string Ref, string? Language);
