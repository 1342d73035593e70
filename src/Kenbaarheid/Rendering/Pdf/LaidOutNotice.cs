namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// A notice laid out on its A4 pages: the structure tree with each line's page and place, the artifacts of each page,
/// and what the page line says. The PDF is drawn from it, and so are the pages the review report shows.
/// </summary>
internal sealed record LaidOutNotice(string Title, string Language, PdfPageGeometry Geometry, List<LayoutNode> Tree, IReadOnlyList<PageArtifact> Artifacts, int PageCount, PdfNoticeFacts Facts)
{
    /// <summary>The page line of page <paramref name="index"/> (from 0), as the HTML template's partial words it.</summary>
    public string PageLine(int index) => Facts.PageLine(index + 1, PageCount);
}
