namespace Kenbaarheid.Events;

/// <summary>
/// The individual decision the notice goes with. <see cref="SentOn"/> is the day it was sent, when known;
/// <see cref="Remedy"/> is always filled, with the contract's default when the event gives none.
/// </summary>
public sealed record Decision(
    DecisionId Id,
    int Revision,
    DateOnly Date,
    string Type,
    string Purpose,
    string Outcome,
    IReadOnlyList<LegalBasisReference> LegalBasis,
    string? MotivationRef,
    string? LetterRef,
    bool LegalEffect,
    Discretion Discretion,
    DateOnly? SentOn,
    Remedy Remedy);
