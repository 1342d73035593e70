namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// What is drawn on a page but is not part of the notice's text for a screen reader: rules, table borders and a table
/// header repeated on the next page. Drawn as PDF artifacts, so reading order and the structure tree leave them out.
/// </summary>
internal abstract record PageArtifact(int Page)
{
    /// <summary>A straight line, in points from the page's top left.</summary>
    public sealed record Rule(int Page, double X1, double Y1, double X2, double Y2, double Thickness) : PageArtifact(Page);

    /// <summary>Text repeated for the eye only, such as a table's header row on a following page.</summary>
    public sealed record Text(PlacedLine Line) : PageArtifact(Line.Page);
}
