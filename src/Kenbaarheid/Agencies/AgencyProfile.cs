namespace Kenbaarheid.Agencies;

/// <summary>
/// An agency's settings: its regime, languages, and the routes a notice points the citizen to. Free texts such as
/// <see cref="InPersonHelp"/> may be given per language. <see cref="Theme"/> names the agency's tokens file (NL Design
/// System custom properties), relative to the profile folder; without it notices use the Rijkshuisstijl tokens.
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
    UnregisteredAlgorithmPolicy UnregisteredAlgorithms = UnregisteredAlgorithmPolicy.Warn,
    string? Theme = null);
