namespace Kenbaarheid.Events;

/// <summary>The individual decision the notice goes with.</summary>
public sealed record Decision(
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
