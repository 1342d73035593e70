using Kenbaarheid.Storage;

namespace Kenbaarheid.Rendering;

/// <summary>
/// The notice documents in every language and channel, the templates that produced them, and what rendering found
/// that the notice's reader should know of (a character a PDF could not show), flagged in the manifest.
/// </summary>
public sealed record RenderedNotice(IReadOnlyList<RenderedDocument> Documents, IReadOnlyList<TemplateReference> Templates)
{
    public IReadOnlyList<ManifestFlag> Flags { get; init; } = [];
}
