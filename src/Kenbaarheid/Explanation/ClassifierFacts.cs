using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>An algorithm that sorted, selected, ranked or matched the person: its lars, register name (when usable) and role.</summary>
public sealed record ClassifierFacts(string Lars, string? Name, AlgorithmRole Role);
