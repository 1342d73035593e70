namespace Kenbaarheid.Explanation;

/// <summary>Which text generative AI wrote, by which algorithm (name when registered and usable), and whether a person checked it.</summary>
public sealed record AiTextFacts(string What, string? ProducedBy, string? ProducedByName, bool CheckedByPerson);
