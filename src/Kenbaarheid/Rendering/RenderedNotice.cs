namespace Kenbaarheid.Rendering;

/// <summary>The notice documents in every language and channel, and the templates that produced them.</summary>
public sealed record RenderedNotice(IReadOnlyList<RenderedDocument> Documents, IReadOnlyList<TemplateReference> Templates);
