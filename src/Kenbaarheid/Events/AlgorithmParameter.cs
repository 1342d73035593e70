namespace Kenbaarheid.Events;

/// <summary>
/// A parameter applied to this person and how much it weighed. The weight is kept as the text the agency
/// sent ("sterk", "0.45") because agencies express it either way.
/// </summary>
public sealed record AlgorithmParameter(string Name, string? Value, string Effect, string? Weight);
