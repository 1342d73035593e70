using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>The decision the notice goes with: its purpose, its outcome and where its reasons are.</summary>
public sealed record DecisionFacts(
    string Id,
    int Revision,
    DateOnly Date,
    string Type,
    string Purpose,
    string Outcome,
    IReadOnlyList<LegalBasisReference> LegalBasis,
    string? MotivationRef,
    string? LetterRef,
    bool LegalEffect,
    Discretion Discretion);
