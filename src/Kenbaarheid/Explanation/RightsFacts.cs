namespace Kenbaarheid.Explanation;

/// <summary>
/// The routes the citizen has: the full explanation, the remedy against this decision, correction (with who corrects
/// data from a base register), complaint and help in person (<see cref="InPersonHelp"/>: the agency's text by
/// language; a template shows the one in its own language).
/// </summary>
public sealed record RightsFacts(
    RemedyFacts Remedy,
    string? ExplanationWeb,
    int ExplanationResponseDays,
    IReadOnlyList<CorrectionFacts> Corrections,
    string SupervisorName,
    string? SupervisorWeb,
    IReadOnlyDictionary<string, string>? InPersonHelp);
