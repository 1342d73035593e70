using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>
/// One template rendered for one fixture, as the review report shows it: the document's text and, for HTML, the
/// checklist sections it marks and its PDF's pages, each an SVG picture drawn from the PDF's layout.
/// </summary>
public sealed record RenderedFixture(string Fixture, string TemplateId, string Language, TemplateChannel Channel, string Text, IReadOnlyList<string> Sections, IReadOnlyList<string> PdfPages);
