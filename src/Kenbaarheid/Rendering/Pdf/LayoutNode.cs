namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// One element of the PDF's structure tree (H1, P, L, LI, Table, TD, …) with the lines laid out for it. The tree
/// mirrors the notice's HTML in document order, so reading order is the HTML's order.
/// </summary>
internal sealed class LayoutNode(string tag)
{
    /// <summary>The PDF standard structure type, without the slash.</summary>
    public string Tag { get; } = tag;

    /// <summary>The element's language when it differs from the document's, as the HTML's <c>lang</c> says.</summary>
    public string? Lang { get; init; }

    /// <summary>For a table header cell: <c>Column</c> or <c>Row</c>, from the HTML's <c>scope</c>.</summary>
    public string? Scope { get; init; }

    public List<LayoutNode> Children { get; } = [];

    public List<PlacedLine> Lines { get; } = [];
}
