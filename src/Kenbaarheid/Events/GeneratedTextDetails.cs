namespace Kenbaarheid.Events;

/// <summary>Which text generative AI produced, by which of the event's algorithms if known, and whether a person checked it.</summary>
public sealed record GeneratedTextDetails(string What, Lars? ProducedBy, bool CheckedByPerson);
