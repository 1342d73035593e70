using System.Globalization;
using System.Net;
using System.Text;

using Kenbaarheid.Rendering.Pdf;

namespace Kenbaarheid.Tooling.Templates.Review;

/// <summary>
/// Draws each page of a laid-out PDF notice as an SVG picture, for the template review report. The pictures come from
/// the same layout the PDF is drawn from — same page, same lines in the same places, same page line — so a legal
/// reviewer sees where every line of an approved text falls, with the envelope's address window as a dashed box on
/// page 1. Pictures rather than the PDF itself: the report is one file that opens in any browser without a PDF viewer
/// or a plug-in, and shows every fixture's pages at a glance beside its HTML. Each text's width is fixed to the width
/// the PDF gives it, so a browser without Noto Sans still puts every line where the PDF has it. Text is drawn in the
/// PDF's order: the page line and page artifacts first, then the notice's lines in document order.
/// </summary>
internal static class PdfPagePictures
{
    private const string FontFamily = "'Noto Sans', 'Liberation Sans', Arial, sans-serif";

    public static IReadOnlyList<string> Draw(LaidOutNotice notice)
    {
        var pages = Enumerable.Range(0, notice.PageCount).Select(_ => new StringBuilder()).ToList();
        var geometry = notice.Geometry;
        for (var index = 0; index < pages.Count; index++)
        {
            var svg = pages[index];
            svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pdf-page\" viewBox=\"0 0 ").Append(N(geometry.Width)).Append(' ').Append(N(geometry.Height))
                .Append("\" font-family=\"").Append(FontFamily).Append("\" style=\"white-space: pre\" aria-hidden=\"true\" focusable=\"false\">\n")
                .Append("<rect width=\"").Append(N(geometry.Width)).Append("\" height=\"").Append(N(geometry.Height)).Append("\" fill=\"#fff\"/>\n");
            if (index == 0)
            {
                var window = notice.Facts.AddressWindow;
                svg.Append("<rect x=\"").Append(N(PdfPageGeometry.ToPoints(window.Left))).Append("\" y=\"").Append(N(PdfPageGeometry.ToPoints(window.Top)))
                    .Append("\" width=\"").Append(N(PdfPageGeometry.ToPoints(window.Width))).Append("\" height=\"").Append(N(PdfPageGeometry.ToPoints(window.Height)))
                    .Append("\" fill=\"none\" stroke=\"#4a4a4a\" stroke-width=\"1\" stroke-dasharray=\"6 4\"/>\n");
            }

            Text(svg, notice.PageLine(index), geometry.Left, geometry.FooterBaseline, PdfPageGeometry.PageLineSize, bold: false, width: null, colour: "#000");
            foreach (var artifact in notice.Artifacts.Where(a => a.Page == index))
            {
                switch (artifact)
                {
                    case PageArtifact.Rule rule:
                        svg.Append("<line x1=\"").Append(N(rule.X1)).Append("\" y1=\"").Append(N(rule.Y1)).Append("\" x2=\"").Append(N(rule.X2)).Append("\" y2=\"").Append(N(rule.Y2))
                            .Append("\" stroke=\"#000\" stroke-width=\"").Append(N(rule.Thickness)).Append("\"/>\n");
                        break;
                    case PageArtifact.Text text:
                        Line(svg, text.Line);
                        break;
                }
            }
        }

        Walk(notice.Tree);
        return pages.Select(svg => svg.Append("</svg>").ToString()).ToList();

        void Walk(IEnumerable<LayoutNode> nodes)
        {
            foreach (var node in nodes)
            {
                foreach (var line in node.Lines)
                {
                    Line(pages[line.Page], line);
                }

                Walk(node.Children);
            }
        }
    }

    private static void Line(StringBuilder svg, PlacedLine line)
    {
        foreach (var fragment in line.Fragments)
        {
            Text(svg, fragment.Text, fragment.X, line.Baseline, fragment.Font.Size, fragment.Font.Bold, fragment.Width, fragment.Href is null ? "#000" : PdfPageGeometry.LinkColour);
        }
    }

    private static void Text(StringBuilder svg, string text, double x, double baseline, double size, bool bold, double? width, string colour)
    {
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(baseline)).Append("\" font-size=\"").Append(N(size)).Append('"');
        if (bold)
        {
            svg.Append(" font-weight=\"700\"");
        }

        if (width is { } w)
        {
            svg.Append(" textLength=\"").Append(N(w)).Append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }

        svg.Append(" fill=\"").Append(colour).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</text>\n");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
