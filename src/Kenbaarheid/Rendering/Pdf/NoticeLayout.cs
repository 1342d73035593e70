namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Lays the notice's restricted HTML (headings, paragraphs, lists, definition lists, the data table, links; the
/// template checker allows no more) out on A4 pages: word wrap, headings kept with what follows, no single line of a
/// paragraph left alone at a page's foot or head, and a table that breaks between rows with its header row repeated.
/// It writes no words of its own: every text comes from the HTML, and a link's address is added after its text as the
/// approved print style sheet does (<c>a[href]::after</c>).
/// </summary>
internal sealed class NoticeLayout
{
    private const double BodySize = 10.5;
    private const double LineFactor = 1.4;
    private const double ParagraphGap = 6;
    private const int KeepWithNextLines = 4;
    private const double ListIndent = 16;
    private const double CellPadding = 3;

    private readonly PdfPageGeometry _page;
    private readonly string _documentLanguage;
    private readonly List<PageArtifact> _artifacts = [];
    private int _pageIndex;
    private double _y;

    public NoticeLayout(PdfPageGeometry page, string documentLanguage)
    {
        _page = page;
        _documentLanguage = documentLanguage;
        _y = page.FirstPageTop;
    }

    public IReadOnlyList<PageArtifact> Artifacts => _artifacts;

    public int PageCount => _pageIndex + 1;

    /// <summary>Lays out the children of <paramref name="body"/> and returns the structure tree's top elements.</summary>
    public List<LayoutNode> Lay(NoticeHtmlElement body)
    {
        var nodes = new List<LayoutNode>();
        Blocks(body, nodes, _page.Left, _page.BodyWidth, null);
        return nodes;
    }

    private void Blocks(NoticeHtmlElement parent, List<LayoutNode> into, double x, double width, string? lang)
    {
        foreach (var element in parent.Children)
        {
            Block(element, into, x, width, LangOf(element) ?? lang);
        }
    }

    private void Block(NoticeHtmlElement element, List<LayoutNode> into, double x, double width, string? lang)
    {
        switch (element.LocalName)
        {
            case "h1":
                Heading(element, into, x, width, lang, "H1", 17, before: 0, after: 6);
                break;
            case "h2":
                Heading(element, into, x, width, lang, "H2", 13.5, before: 14, after: 4, rule: true);
                break;
            case "h3":
            case "h4":
                Heading(element, into, x, width, lang, "H3", 11.5, before: 8, after: 3);
                break;
            case "p":
                var size = element.HasClass("lead") ? 11.5 : BodySize;
                into.Add(Paragraph("P", Inline(element, element.HasClass("sender"), lang), x, width, size, lang));
                _y += ParagraphGap;
                break;
            case "ul":
            case "ol":
                into.Add(List(element, x, width, lang));
                _y += ParagraphGap;
                break;
            case "dl":
                into.Add(DefinitionList(element, x, width, lang));
                _y += ParagraphGap;
                break;
            case "table":
                into.Add(Table(element, x, width, lang));
                _y += ParagraphGap;
                break;
            case "br":
                break;
            default:
                // section, article, div, main: containers; their headings and paragraphs carry the structure.
                if (element.Children.Count == 0 && !string.IsNullOrWhiteSpace(element.TextContent))
                {
                    into.Add(Paragraph("P", Inline(element, false, lang), x, width, BodySize, lang));
                    _y += ParagraphGap;
                }
                else
                {
                    Blocks(element, into, x, width, lang);
                }

                break;
        }
    }

    private void Heading(NoticeHtmlElement element, List<LayoutNode> into, double x, double width, string? lang, string tag, double size, double before, double after, bool rule = false)
    {
        var runs = Inline(element, true, lang);
        var lines = Wrap(runs, x, width, size);
        var height = lines.Count * size * LineFactor;
        _y += IsPageTop() ? 0 : before;

        // Keep with next: the heading and the start the next block keeps together (a caption and three lines at most,
        // see KeepTogetherStart and Table), or a new page. Asking less left a heading alone at a page's foot when a
        // list item of three lines went over.
        if (_y + height + after + ParagraphGap + (KeepWithNextLines * BodySize * LineFactor) > _page.Height - _page.Bottom && !IsPageTop())
        {
            NewPage();
        }

        if (rule && !IsPageTop())
        {
            _artifacts.Add(new PageArtifact.Rule(_pageIndex, x, _y - 5, x + width, _y - 5, 1.2));
        }

        var node = new LayoutNode(tag) { Lang = lang };
        Place(node, lines, size);
        into.Add(node);
        _y += after;
    }

    private LayoutNode Paragraph(string tag, List<Run> runs, double x, double width, double size, string? lang)
    {
        var node = new LayoutNode(tag) { Lang = lang };
        Place(node, Wrap(runs, x, width, size), size);
        return node;
    }

    private LayoutNode List(NoticeHtmlElement list, double x, double width, string? lang)
    {
        var node = new LayoutNode("L") { Lang = lang };
        var number = 0;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            number++;
            var itemLang = LangOf(item) ?? lang;
            var li = new LayoutNode("LI") { Lang = LangOf(item) };
            var label = new LayoutNode("Lbl");
            var labelText = list.LocalName == "ol" ? $"{number}." : "•";
            var body = new LayoutNode("LBody");
            var bodyLines = Wrap(Inline(item, false, itemLang), x + ListIndent, width - ListIndent, BodySize);
            KeepTogetherStart(bodyLines.Count);
            Place(body, bodyLines, BodySize);
            var labelLine = Wrap([new Run(labelText, false, null, null)], x, ListIndent, BodySize)[0];
            label.Lines.Add(body.Lines[0] with { Fragments = labelLine });
            li.Children.Add(label);
            li.Children.Add(body);
            node.Children.Add(li);
            _y += 2;
        }

        return node;
    }

    /// <summary>
    /// A definition list becomes a PDF list: each term is the label, its description the body. The HTML's
    /// <c>facts</c> lists show term and description side by side; others put the description under its term.
    /// </summary>
    private LayoutNode DefinitionList(NoticeHtmlElement list, double x, double width, string? lang)
    {
        var node = new LayoutNode("L") { Lang = lang };
        var sideBySide = list.HasClass("facts");
        var termWidth = sideBySide ? Math.Round(width * 0.36) : width;
        LayoutNode? item = null;
        foreach (var child in list.Children)
        {
            var childLang = LangOf(child) ?? lang;
            if (child.LocalName == "dt")
            {
                item = new LayoutNode("LI") { Lang = LangOf(child) };
                node.Children.Add(item);
                var termLines = Wrap(Inline(child, true, childLang), x, termWidth, BodySize);
                var next = child.NextElementSibling;
                var descriptionLines = next is { LocalName: "dd" } ? Wrap(Inline(next, false, LangOf(next) ?? lang), sideBySide ? x + termWidth + 8 : x, sideBySide ? width - termWidth - 8 : width, BodySize) : [];
                KeepTogetherStart(sideBySide ? Math.Max(termLines.Count, descriptionLines.Count) : termLines.Count + Math.Min(2, descriptionLines.Count));
                var label = new LayoutNode("Lbl") { Lang = LangOf(child) };
                var (rowPage, rowTop) = (_pageIndex, _y);
                Place(label, termLines, BodySize);
                item.Children.Add(label);
                var (termPage, termBottom) = (_pageIndex, _y);
                if (sideBySide && termPage == rowPage)
                {
                    // The description starts level with its term.
                    _y = rowTop;
                }

                if (next is { LocalName: "dd" })
                {
                    var body = new LayoutNode("LBody") { Lang = LangOf(next) };
                    Place(body, descriptionLines, BodySize);
                    item.Children.Add(body);
                }

                if (_pageIndex == termPage)
                {
                    _y = Math.Max(_y, termBottom);
                }

                _y += sideBySide ? 2 : 3;
            }
            else if (child.LocalName == "dd" && child.PreviousElementSibling is not { LocalName: "dt" })
            {
                // A second description of the same term.
                var body = new LayoutNode("LBody") { Lang = LangOf(child) };
                Place(body, Wrap(Inline(child, false, childLang), x, width, BodySize), BodySize);
                (item ?? node).Children.Add(body);
            }
        }

        return node;
    }

    private LayoutNode Table(NoticeHtmlElement table, double x, double width, string? lang)
    {
        var node = new LayoutNode("Table") { Lang = lang };
        if (table.Descendants("caption").FirstOrDefault() is { } caption)
        {
            var captionLines = Wrap(Inline(caption, true, lang), x, width, BodySize);
            KeepTogetherStart(captionLines.Count + 3);
            var captionNode = new LayoutNode("Caption");
            Place(captionNode, captionLines, BodySize);
            node.Children.Add(captionNode);
            _y += 2;
        }

        var rows = table.Descendants("tr").ToList();
        var header = rows.Where(r => r.ParentElement?.LocalName == "thead").ToList();
        var columns = rows.Max(r => r.Children.Count);
        var widths = ColumnWidths(rows, columns, width, lang);
        List<List<List<PlacedFragment>>>? headerCells = null;
        foreach (var row in rows)
        {
            var isHeader = header.Contains(row);
            var cellLines = new List<List<List<PlacedFragment>>>();
            var cellX = x;
            for (var i = 0; i < row.Children.Count; i++)
            {
                var cell = row.Children[i];
                cellLines.Add(Wrap(Inline(cell, cell.LocalName == "th", LangOf(cell) ?? lang), cellX + CellPadding, widths[i] - (2 * CellPadding), BodySize));
                cellX += widths[i];
            }

            var rowHeight = (cellLines.Max(c => c.Count) * BodySize * LineFactor) + (2 * CellPadding);
            if (_y + rowHeight > _page.Height - _page.Bottom && !IsPageTop())
            {
                NewPage();
                if (headerCells is not null && !isHeader)
                {
                    // The header row again, for the eye; a screen reader already has it from the first page.
                    var repeatHeight = (headerCells.Max(c => c.Count) * BodySize * LineFactor) + (2 * CellPadding);
                    foreach (var line in headerCells.SelectMany(PlaceCopy))
                    {
                        _artifacts.Add(new PageArtifact.Text(line));
                    }

                    Borders(x, widths, repeatHeight);
                    _y += repeatHeight;
                }
            }

            var tr = new LayoutNode("TR");
            var rowTop = _y;
            for (var i = 0; i < row.Children.Count; i++)
            {
                var cell = row.Children[i];
                var scope = cell.LocalName == "th" ? (cell.GetAttribute("scope") == "row" ? "Row" : "Column") : null;
                var cellNode = new LayoutNode(cell.LocalName == "th" ? "TH" : "TD") { Lang = LangOf(cell), Scope = scope };
                _y = rowTop + CellPadding;
                Place(cellNode, cellLines[i], BodySize);
                tr.Children.Add(cellNode);
            }

            Borders(x, widths, rowHeight, rowTop);
            _y = rowTop + rowHeight;
            node.Children.Add(tr);
            if (isHeader)
            {
                headerCells = cellLines;
            }
        }

        return node;

        IEnumerable<PlacedLine> PlaceCopy(List<List<PlacedFragment>> cell)
        {
            var top = _y + CellPadding;
            var height = BodySize * LineFactor;
            return cell.Select((fragments, i) => new PlacedLine(_pageIndex, top + ((i + 0.78) * height), height, fragments));
        }
    }

    private void Borders(double x, double[] widths, double height, double? top = null)
    {
        var y = top ?? _y;
        var right = x + widths.Sum();
        _artifacts.Add(new PageArtifact.Rule(_pageIndex, x, y, right, y, 0.6));
        _artifacts.Add(new PageArtifact.Rule(_pageIndex, x, y + height, right, y + height, 0.6));
        var cellX = x;
        foreach (var w in widths.Prepend(0))
        {
            cellX += w;
            _artifacts.Add(new PageArtifact.Rule(_pageIndex, cellX, y, cellX, y + height, 0.6));
        }
    }

    /// <summary>Columns share the width by how much text they hold, each at least as wide as its longest word.</summary>
    private static double[] ColumnWidths(List<NoticeHtmlElement> rows, int columns, double width, string? lang)
    {
        var least = new double[columns];
        var natural = new double[columns];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Children.Count && i < columns; i++)
            {
                var font = TextMeasure.Font(BodySize, row.Children[i].LocalName == "th");
                var text = row.Children[i].TextContent.Trim();
                natural[i] = Math.Max(natural[i], TextMeasure.Width(text, font) + (2 * CellPadding));
                least[i] = Math.Max(least[i], text.Split(' ').Max(word => TextMeasure.Width(word, font)) + (2 * CellPadding));
            }
        }

        var minimum = least.Select(w => Math.Min(w, width / columns)).ToArray();
        var spare = width - minimum.Sum();
        var wish = natural.Select((n, i) => Math.Max(0, n - minimum[i])).ToArray();
        var wishes = wish.Sum();
        return minimum.Select((m, i) => m + (wishes > 0 ? spare * wish[i] / wishes : spare / columns)).ToArray();
    }

    /// <summary>Moves to a new page first when a block of <paramref name="lines"/> lines that should stay together does not fit.</summary>
    private void KeepTogetherStart(int lines)
    {
        if (_y + (Math.Min(lines, 3) * BodySize * LineFactor) > _page.Height - _page.Bottom && !IsPageTop())
        {
            NewPage();
        }
    }

    private void Place(LayoutNode node, List<List<PlacedFragment>> lines, double size)
    {
        var height = size * LineFactor;
        var bottom = _page.Height - _page.Bottom;

        // No orphan: a paragraph of several lines does not start with a single line at the foot of a page.
        if (lines.Count >= 2 && _y + (2 * height) > bottom && !IsPageTop())
        {
            NewPage();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var linesLeft = lines.Count - i;

            // No widow: the last line of a paragraph does not go over to a new page alone.
            var widow = linesLeft == 2 && i > 0 && _y + height <= bottom && _y + (2 * height) > bottom;
            if (_y + height > bottom || widow)
            {
                NewPage();
            }

            node.Lines.Add(new PlacedLine(_pageIndex, _y + (0.78 * height), height, lines[i]));
            _y += height;
        }
    }

    private static List<List<PlacedFragment>> Wrap(List<Run> runs, double x, double width, double size) =>
        LineBreaker.Break(runs, x, width, size);

    private bool IsPageTop() => _y <= (_pageIndex == 0 ? _page.FirstPageTop : _page.Top) + 0.01;

    private void NewPage()
    {
        _pageIndex++;
        _y = _page.Top;
    }

    private string? LangOf(NoticeHtmlElement element) =>
        element.GetAttribute("lang") is { Length: > 0 } lang && !string.Equals(lang, _documentLanguage, StringComparison.Ordinal) ? lang : null;

    /// <summary>The inline text of an element as runs: bold for strong and headings, links with their address after them.</summary>
    private static List<Run> Inline(NoticeHtmlElement element, bool bold, string? lang)
    {
        var runs = new List<Run>();
        Collect(element, bold, null, lang, runs);
        return runs;
    }

    private static void Collect(NoticeHtmlElement node, bool bold, string? href, string? lang, List<Run> runs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case string text:
                    runs.Add(new Run(text, bold, href, lang));
                    break;
                case NoticeHtmlElement { LocalName: "br" }:
                    runs.Add(new Run("\n", bold, href, lang));
                    break;
                case NoticeHtmlElement element:
                    var elementLang = element.GetAttribute("lang") is { Length: > 0 } l ? l : lang;
                    var elementHref = element.LocalName == "a" ? element.GetAttribute("href") : href;
                    Collect(element, bold || element.LocalName is "strong" or "b" or "th" or "dt", elementHref, elementLang, runs);
                    if (element.LocalName == "a" && elementHref is { Length: > 0 })
                    {
                        runs.Add(new Run($" ({elementHref})", bold, elementHref, elementLang));
                    }

                    break;
            }
        }
    }
}
