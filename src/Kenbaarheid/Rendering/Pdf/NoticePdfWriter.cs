using AngleSharp.Html.Parser;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.IO;
using PdfSharp.UniversalAccessibility;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Turns a rendered, approved HTML notice into a tagged PDF (PDF/UA-1): A4, Noto Sans embedded as a subset, the
/// structure tree in the HTML's order, <c>/Lang</c> for the document and for every part in another language, links as
/// link annotations with their text as alternate text, the document title shown, and on every page the page line
/// legal approved (page x of y and the decision number). The bytes depend only on the HTML and the notice: see
/// <see cref="ReproduciblePdf"/>.
/// </summary>
internal static class NoticePdfWriter
{
    private static readonly HtmlParser Parser = new();

    public static byte[] Write(string html, PdfNoticeFacts facts) => Write(Lay(html, facts));

    /// <summary>Lays the notice out on its pages without drawing it: what <see cref="Write(LaidOutNotice)"/> draws.</summary>
    public static LaidOutNotice Lay(string html, PdfNoticeFacts facts)
    {
        var measure = TextMeasure.ForThisThread();
        var page = PdfPageGeometry.For(facts.AddressWindow);
        var dom = Parser.ParseDocument(html);
        var language = dom.DocumentElement.GetAttribute("lang") ?? facts.Language;
        var layout = new NoticeLayout(page, measure, language);
        var tree = layout.Lay(dom.Body ?? throw new InvalidDataException("The notice's HTML has no body."));
        return new LaidOutNotice(dom.Title?.Trim() ?? string.Empty, language, page, tree, layout.Artifacts, layout.PageCount, facts);
    }

    public static byte[] Write(LaidOutNotice notice)
    {
        var document = new PdfDocument { PageLayout = PdfPageLayout.SinglePage };
        document.Options.Layout = PdfWriterLayout.Compact;
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Title = notice.Title;
        ReproduciblePdf.Prepare(document, notice.Facts);

        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(notice.Language);
        new Painter(document, ua, notice, TextMeasure.ForThisThread()).Paint();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return ReproduciblePdf.Finish(output.ToArray(), document.Info.Title, notice.Language, notice.Facts);
    }

    /// <summary>Draws the laid-out tree page by page, in document order, opening each structure element around its content.</summary>
    private sealed class Painter(PdfDocument document, UAManager ua, LaidOutNotice notice, TextMeasure measure)
    {
        private readonly StructureBuilder _tags = ua.StructureBuilder;
        private readonly Stack<string> _languages = new([notice.Language]);
        private PdfPage? _page;
        private XGraphics? _graphics;
        private int _pageIndex = -1;

        public void Paint()
        {
            foreach (var node in notice.Tree)
            {
                Element(node);
            }

            // Pages the text did not reach still get their page line (there are none today: a page exists because text went there).
            while (_pageIndex < notice.PageCount - 1)
            {
                Turn(_pageIndex + 1);
            }

            _graphics?.Dispose();
        }

        private void Element(LayoutNode node)
        {
            _tags.BeginBlockLevelElement(node.Tag);
            if (node.Lang is { } lang)
            {
                _tags.SetLanguage(lang);
            }

            if (node.Scope is { } scope)
            {
                _tags.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + scope);
            }

            _languages.Push(node.Lang ?? _languages.Peek());
            foreach (var line in node.Lines)
            {
                Line(line);
            }

            foreach (var child in node.Children)
            {
                Element(child);
            }

            _languages.Pop();
            _tags.End();
        }

        private void Line(PlacedLine line)
        {
            var graphics = Turn(line.Page);
            foreach (var fragment in line.Fragments)
            {
                var otherLanguage = fragment.Lang is { } lang && !string.Equals(lang, _languages.Peek(), StringComparison.Ordinal) ? lang : null;
                if (fragment.Href is { } href)
                {
                    var top = line.Baseline - (0.78 * line.Height);
                    var annotation = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(new XRect(fragment.X, notice.Geometry.Height - top - line.Height, fragment.Width, line.Height)), href);
                    annotation.Flags = PdfAnnotationFlags.Print;
                    ReproduciblePdf.Settle(annotation);
                    _tags.BeginElement(annotation, $"{fragment.Text.Trim()}");
                    if (otherLanguage is not null)
                    {
                        _tags.SetLanguage(otherLanguage);
                    }

                    graphics.DrawString(fragment.Text, fragment.Font, LinkBrush, fragment.X, line.Baseline);
                    _tags.End();
                }
                else if (otherLanguage is not null)
                {
                    _tags.BeginElement(PdfInlineLevelElementTag.Span);
                    _tags.SetLanguage(otherLanguage);
                    graphics.DrawString(fragment.Text, fragment.Font, XBrushes.Black, fragment.X, line.Baseline);
                    _tags.End();
                }
                else
                {
                    graphics.DrawString(fragment.Text, fragment.Font, XBrushes.Black, fragment.X, line.Baseline);
                }
            }
        }

        /// <summary>Moves on to page <paramref name="index"/>, drawing each new page's artifacts: page line, rules, repeated headers.</summary>
        private XGraphics Turn(int index)
        {
            while (_pageIndex < index)
            {
                // The UA manager closes marked content still open on the old page when a page is added, through that
                // page's graphics: so they are disposed after the new page exists, not before.
                var previous = _graphics;
                _page = document.AddPage();
                previous?.Dispose();
                _page.Size = PdfSharp.PageSize.A4;
                _pageIndex++;
                _graphics = XGraphics.FromPdfPage(_page);
                _tags.BeginArtifact();
                var footerFont = measure.Font(PdfPageGeometry.PageLineSize, false);
                _graphics.DrawString(notice.PageLine(_pageIndex), footerFont, XBrushes.Black, notice.Geometry.Left, notice.Geometry.FooterBaseline);
                foreach (var artifact in notice.Artifacts.Where(a => a.Page == _pageIndex))
                {
                    switch (artifact)
                    {
                        case PageArtifact.Rule rule:
                            _graphics.DrawLine(new XPen(XColors.Black, rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
                            break;
                        case PageArtifact.Text text:
                            foreach (var fragment in text.Line.Fragments)
                            {
                                _graphics.DrawString(fragment.Text, fragment.Font, XBrushes.Black, fragment.X, text.Line.Baseline);
                            }

                            break;
                    }
                }

                _tags.End();
            }

            return _graphics!;
        }

        // PdfPageGeometry.LinkColour, which the review report's pictures of the pages use too.
        private static readonly XBrush LinkBrush = new XSolidBrush(XColor.FromArgb(0x0b, 0x4e, 0xa2));
    }
}
