namespace Kenbaarheid.Rendering.Checking;

/// <summary>
/// One template rendered for one fixture, as the review report shows it: the document's text and, for HTML, the
/// checklist sections it marks.
/// </summary>
public sealed record RenderedFixture(string Fixture, string TemplateId, string Language, TemplateChannel Channel, string Text, IReadOnlyList<string> Sections);
