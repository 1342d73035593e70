namespace Kenbaarheid.Agencies;

/// <summary>
/// An agency's settings: its regime, languages, and the routes a notice points the citizen to. Free texts such as
/// <see cref="InPersonHelp"/> may be given per language.
/// </summary>
public sealed record AgencyProfile(
    string Id,
    string Name,
    Regime Regime,
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    AgencyContact Contact,
    ObjectionRoute Objection,
    ExplanationRequestRoute ExplanationRequest,
    LocalizedText? InPersonHelp,
    Supervisor Supervisor,
    UnregisteredAlgorithmPolicy UnregisteredAlgorithms = UnregisteredAlgorithmPolicy.Warn);
