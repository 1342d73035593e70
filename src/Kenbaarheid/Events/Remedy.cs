namespace Kenbaarheid.Events;

/// <summary>
/// How to contest this decision. <see cref="TermWeeks"/> is null when the event leaves it to the default;
/// <see cref="To"/> names the court for an appeal; <see cref="Post"/> is a postal address for this remedy that
/// replaces the agency profile's.
/// </summary>
public sealed record Remedy(RemedyKind Kind, string? To, int? TermWeeks, TermStart TermStartsOn, string? Post);
