namespace Kenbaarheid.Agencies;

/// <summary>
/// An agency's settings: its regime, languages, and the routes a notice points the citizen to. Free texts such as
/// <see cref="InPersonHelp"/> may be given per language. <see cref="Theme"/> names the agency's tokens file (NL Design
/// System custom properties), relative to the profile folder; without it notices use the Rijkshuisstijl tokens.
/// <see cref="Formats"/> says which documents it gets (default html, txt and pdf); <see cref="AddressWindow"/> is its
/// envelope's window, kept empty on page 1 of a PDF.
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
    string? Theme = null,
    IReadOnlyList<NoticeFormat>? Formats = null,
    AddressWindow? AddressWindow = null)
{
    public static IReadOnlyList<NoticeFormat> DefaultFormats { get; } = [NoticeFormat.Html, NoticeFormat.Txt, NoticeFormat.Pdf];

    public bool WantsPdf => (Formats ?? DefaultFormats).Contains(NoticeFormat.Pdf);
}
