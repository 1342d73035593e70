using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// How to contest this decision and until when. <see cref="LastDay"/> is the last day to do so, extended under the
/// Algemene termijnenwet, and is null when the start of the term is not known (the notice then states the term in
/// words) or the holiday data do not cover it. The term runs from the day after <see cref="TermStartsAfter"/>.
/// <see cref="Post"/> is where a written objection or appeal goes, <see cref="Web"/> the agency's electronic route
/// for an objection (Awb 2:15). Without a remedy (<see cref="RemedyKind.None"/>) there is no term.
/// </summary>
public sealed record RemedyFacts(
    RemedyKind Kind,
    string? To,
    int? TermWeeks,
    TermStart TermStartsOn,
    DateOnly? TermStartsAfter,
    DateOnly? LastDay,
    string? Post,
    string? Web);
