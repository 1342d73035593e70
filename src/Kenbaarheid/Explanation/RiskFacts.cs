namespace Kenbaarheid.Explanation;

/// <summary>
/// That an algorithm sorted or selected the person, said first and in neutral words. <see cref="Disclosure"/> tells
/// whether the event stated the classification (label, consequence) or only that a classifying algorithm took part;
/// <see cref="Algorithms"/> lists the algorithms that did it, the one that produced a stated classification first;
/// <see cref="OutcomeClaim"/> is what the notice may say about the effect on the outcome.
/// </summary>
public sealed record RiskFacts(
    ClassificationDisclosure Disclosure,
    ClassificationKind Kind,
    IReadOnlyList<ClassifierFacts> Algorithms,
    string? Label,
    string? Consequence,
    OutcomeClaim OutcomeClaim,
    bool Profiling);
