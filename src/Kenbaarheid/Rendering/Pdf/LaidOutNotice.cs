namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// A notice laid out on its A4 pages: the structure tree with each line's page and place, the artifacts of each page,
/// and what the page line says. The PDF is drawn from it, and so are the pages the review report shows.
/// </summary>
internal sealed record LaidOutNotice(string Title, string Language, PdfPageGeometry Geometry, List<LayoutNode> Tree, IReadOnlyList<PageArtifact> Artifacts, int PageCount, PdfNoticeFacts Facts)
{
    /// <summary>
    /// The characters (code points, in order) of the notice that Noto Sans has no glyph for: the PDF shows
    /// <see cref="NoticeFonts.Replacement"/> in their place. Empty for nearly every notice.
    /// </summary>
    public IReadOnlyList<int> MissingCharacters { get; } = Missing(Tree);

    /// <summary>The page line of page <paramref name="index"/> (from 0), as the HTML template's partial words it.</summary>
    public string PageLine(int index) => Facts.PageLine(index + 1, PageCount);

    private static List<int> Missing(List<LayoutNode> tree)
    {
        var missing = new SortedSet<int>();
        Walk(tree);
        return [.. missing];

        void Walk(List<LayoutNode> nodes)
        {
            foreach (var node in nodes)
            {
                foreach (var line in node.Lines)
                {
                    foreach (var fragment in line.Fragments)
                    {
                        if (!fragment.Complete)
                        {
                            foreach (var rune in fragment.Text.EnumerateRunes())
                            {
                                if (fragment.Font.Face.Glyph(rune.Value) == 0)
                                {
                                    missing.Add(rune.Value);
                                }
                            }
                        }
                    }
                }

                Walk(node.Children);
            }
        }
    }
}
