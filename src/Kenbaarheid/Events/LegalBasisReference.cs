namespace Kenbaarheid.Events;

/// <summary>A law or regulation the decision rests on; the link is an https URL when given.</summary>
public sealed record LegalBasisReference(string Title, string? Link);
