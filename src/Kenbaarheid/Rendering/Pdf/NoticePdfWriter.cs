using System.Globalization;
using System.Text;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Turns a rendered, approved HTML notice into a tagged PDF (PDF/UA-1): A4, Noto Sans embedded as a subset, the
/// structure tree in the HTML's order, <c>/Lang</c> for the document and for every part in another language, links as
/// link annotations with their text as alternate text, the document title shown, and on every page the page line
/// legal approved (page x of y and the decision number). The bytes depend only on the HTML and the notice: see
/// <see cref="NoticePdfMetadata"/>.
/// <para>
/// The file is written here, not through a PDF library's drawing API: page content is a few text operators per line
/// (glyph ids of an Identity-H font, each piece of text in marked content whose id ties it to its structure element),
/// and the font programs come ready-made from <see cref="FontSubsets"/>. Drawing through PDFsharp cost eight to nine
/// times the rest of the pipeline; see BENCHMARKS.md.
/// </para>
/// </summary>
internal static class NoticePdfWriter
{
    public static byte[] Write(string html, PdfNoticeFacts facts) => Write(Lay(html, facts));

    /// <summary>Lays the notice out on its pages without drawing it: what <see cref="Write(LaidOutNotice)"/> draws.</summary>
    public static LaidOutNotice Lay(string html, PdfNoticeFacts facts)
    {
        var page = PdfPageGeometry.For(facts.AddressWindow);
        var (language, title, body) = NoticeHtmlParser.Parse(html);
        language ??= facts.Language;
        var layout = new NoticeLayout(page, language);
        var tree = layout.Lay(body);
        return new LaidOutNotice(title, language, page, tree, layout.Artifacts, layout.PageCount, facts);
    }

    public static byte[] Write(LaidOutNotice notice) => new Painter(notice).Write();

    /// <summary>
    /// Draws the laid-out tree page by page, in document order, building the structure element of each node around
    /// its content; then writes the file's objects.
    /// </summary>
    private sealed class Painter(LaidOutNotice notice)
    {
        // PdfPageGeometry.LinkColour (#0b4ea2), which the review report's pictures of the pages use too.
        private const string LinkColour = "0.043 0.306 0.635 rg\n";

        private readonly StructureElement _document = new("Document", null);
        private readonly List<PageContent> _pages = [];

        // The file is written as the pages are drawn: each page's content goes into it when the next page begins.
        private readonly PdfFileWriter _file = new();

        // The content of the page being drawn.
        private readonly StringBuilder _content = new(8 * 1024);
        private readonly List<LinkAnnotation> _links = [];
        private readonly Stack<string> _languages = new([notice.Language]);

        // Per face (regular, bold), by glyph id: the character the glyph was first drawn for, plus one (0: not drawn),
        // for the widths and the ToUnicode map; an array the size of the face, so a glyph drawn costs one lookup. And
        // the glyphs drawn, in the order they were first drawn.
        private readonly int[][] _drawn = [new int[NoticeFonts.Face(false).GlyphCount], new int[NoticeFonts.Face(true).GlyphCount]];
        private readonly List<ushort>[] _drawnGlyphs = [new(256), new(256)];
        private StructureElement? _open;

        private PageContent Page => _pages[^1];

        public byte[] Write()
        {
            foreach (var node in notice.Tree)
            {
                Element(node, _document);
            }

            // Pages the text did not reach still get their page line (there are none today: a page exists because text went there).
            Turn(notice.PageCount - 1);
            Finish();
            return Save();
        }

        private void Element(LayoutNode node, StructureElement parent)
        {
            var element = new StructureElement(node.Tag, parent) { Lang = node.Lang, Scope = node.Scope };
            parent.Kids.Add(new Kid(element, -1, -1, -1));
            _languages.Push(node.Lang ?? _languages.Peek());
            foreach (var line in node.Lines)
            {
                Line(line, element);
            }

            foreach (var child in node.Children)
            {
                Element(child, element);
            }

            _languages.Pop();
        }

        private void Line(PlacedLine line, StructureElement element)
        {
            Turn(line.Page);
            foreach (var fragment in line.Fragments)
            {
                var otherLanguage = fragment.Lang is { } lang && !string.Equals(lang, _languages.Peek(), StringComparison.Ordinal) ? lang : null;
                var complete = fragment.Complete;
                var target = element;
                if (fragment.Href is { } href)
                {
                    target = new StructureElement("Link", element) { Lang = otherLanguage };
                    var top = line.Baseline - (0.78 * line.Height);
                    var rectangle = $"{N(fragment.X)} {N(Y(top + line.Height))} {N(fragment.X + fragment.Width)} {N(Y(top))}";
                    _links.Add(new LinkAnnotation(_pages.Count - 1, rectangle, href, fragment.Text.Trim(), target));
                    target.Kids.Add(new Kid(null, _pages.Count - 1, -1, _links.Count - 1));
                }
                else if (otherLanguage is not null || !complete)
                {
                    target = new StructureElement("Span", element) { Lang = otherLanguage };
                }

                if (!complete)
                {
                    // The page shows the replacement mark; a screen reader and copied text get the characters themselves.
                    target.ActualText = fragment.Text;
                }

                if (target != element)
                {
                    element.Kids.Add(new Kid(target, -1, -1, -1));
                }

                Mark(target);
                Text(fragment, line.Baseline, fragment.Href is not null);
                if (target != element)
                {
                    Close();
                }
            }
        }

        /// <summary>Moves on to page <paramref name="index"/>, drawing each new page's artifacts: page line, rules, repeated headers.</summary>
        private void Turn(int index)
        {
            while (_pages.Count <= index)
            {
                Finish();
                _pages.Add(new PageContent());
                var pageIndex = _pages.Count - 1;
                _content.Append("/Artifact BMC\n");
                var footer = TextMeasure.Font(PdfPageGeometry.PageLineSize, false);
                var pageLine = notice.PageLine(pageIndex);
                Text(new PlacedFragment(pageLine, footer, notice.Geometry.Left, 0, null, null, TextMeasure.CanShow(footer.Face, pageLine)), notice.Geometry.FooterBaseline, link: false);
                foreach (var artifact in notice.Artifacts)
                {
                    if (artifact.Page != pageIndex)
                    {
                        continue;
                    }

                    switch (artifact)
                    {
                        case PageArtifact.Rule rule:
                            _content.Append(CultureInfo.InvariantCulture, $"{N(rule.Thickness)} w {N(rule.X1)} {N(Y(rule.Y1))} m {N(rule.X2)} {N(Y(rule.Y2))} l S\n");
                            break;
                        case PageArtifact.Text text:
                            foreach (var fragment in text.Line.Fragments)
                            {
                                Text(fragment, text.Line.Baseline, link: false);
                            }

                            break;
                    }
                }

                _content.Append("EMC\n");
            }
        }

        /// <summary>
        /// Ends the page being drawn: its open marked content closed, its content written to the file. Page content is
        /// not compressed: it is a few KB a page, and Flate, set up afresh for every stream, cost about a tenth of the
        /// PDF's CPU to save about 15 KB a file. The font programs, most of the file, stay compressed.
        /// </summary>
        private void Finish()
        {
            if (_pages.Count > 0)
            {
                Close();
                Page.Content = _file.Reserve();
                _file.Stream(Page.Content, _content);
                _content.Clear();
            }
        }

        /// <summary>Opens marked content for <paramref name="element"/> on the current page unless it is open already.</summary>
        private void Mark(StructureElement element)
        {
            if (_open == element)
            {
                return;
            }

            Close();
            var mcid = Page.Owners.Count;
            Page.Owners.Add(element);
            element.Kids.Add(new Kid(null, _pages.Count - 1, mcid, -1));
            _content.Append('/').Append(element.Tag).Append("<</MCID ").Append(mcid).Append(">>BDC\n");
            _open = element;
        }

        private void Close()
        {
            if (_open is not null)
            {
                _content.Append("EMC\n");
                _open = null;
            }
        }

        private void Text(PlacedFragment fragment, double baseline, bool link)
        {
            var font = fragment.Font;
            var face = font.Face;
            var replacement = face.Glyph(NoticeFonts.Replacement);
            var drawn = _drawn[font.Bold ? 1 : 0];
            var drawnGlyphs = _drawnGlyphs[font.Bold ? 1 : 0];
            var content = _content;
            if (link)
            {
                content.Append(LinkColour);
            }

            content.Append("BT\n/F").Append(font.Bold ? '1' : '0').Append(' ');
            Number(content, font.Size).Append(" Tf\n");
            Number(content, fragment.X).Append(' ');
            Number(content, Y(baseline)).Append(" Td\n(");
            foreach (var rune in fragment.Text.EnumerateRunes())
            {
                var character = rune.Value;
                var glyph = face.Glyph(character);
                if (glyph == 0)
                {
                    (glyph, character) = (replacement, NoticeFonts.Replacement);
                }

                if (drawn[glyph] == 0)
                {
                    drawn[glyph] = character + 1;
                    drawnGlyphs.Add(glyph);
                }

                // Two bytes per glyph id in a literal string: half the size of hexadecimal.
                Byte(content, glyph >> 8);
                Byte(content, glyph & 0xFF);
            }

            content.Append(")Tj\nET\n");
            if (link)
            {
                content.Append("0 g\n");
            }
        }

        private double Y(double fromTop) => notice.Geometry.Height - fromTop;

        private byte[] Save()
        {
            var file = _file;
            var catalog = file.Reserve();
            var pageTree = file.Reserve();
            var structureRoot = file.Reserve();
            var info = file.Reserve();
            var metadata = file.Reserve();
            var pages = _pages.Select(_ => file.Reserve()).ToList();
            var links = _links.Select(_ => file.Reserve()).ToList();
            var elements = new List<StructureElement>();
            var dictionary = new StringBuilder(256);
            Number(_document);
            var glyphs = Enumerable.Range(0, 2).Select(Drawn).ToList();
            var fonts = Enumerable.Range(0, 2).Where(face => glyphs[face].Count > 0).Select(face => (Face: face, Object: file.Reserve())).ToList();

            var width = N(notice.Geometry.Width);
            var height = N(notice.Geometry.Height);
            var resources = "<</Font<<" + string.Concat(fonts.Select(f => $"/F{f.Face} {f.Object} 0 R")) + ">>>>";
            for (var i = 0; i < _pages.Count; i++)
            {
                var annotations = _links.Select((link, index) => (link, index)).Where(l => l.link.Page == i).Select(l => $"{links[l.index]} 0 R").ToList();
                file.Object(pages[i], $"<</Type/Page/Parent {pageTree} 0 R/MediaBox[0 0 {width} {height}]/Resources{resources}/Contents {_pages[i].Content} 0 R/StructParents {i}/Tabs/S"
                    + (annotations.Count > 0 ? $"/Annots[{string.Join(' ', annotations)}]" : string.Empty) + ">>");
            }

            for (var i = 0; i < _links.Count; i++)
            {
                var link = _links[i];
                file.Object(links[i], $"<</Type/Annot/Subtype/Link/Rect[{link.Rectangle}]/Border[0 0 0]/F 4/Contents {PdfFileWriter.Text(link.Text)}/StructParent {_pages.Count + i}"
                    + $"/P {pages[link.Page]} 0 R/A<</Type/Action/S/URI/URI {PdfFileWriter.Bytes(link.Href)}>>>>");
            }

            foreach (var element in elements)
            {
                WriteElement(element);
            }

            // The parent tree: for each page, the element of each marked-content id; for each link annotation, its Link element.
            var parentTree = file.Reserve();
            var nums = new StringBuilder("<</Nums[");
            for (var i = 0; i < _pages.Count; i++)
            {
                nums.Append(i).Append('[').AppendJoin(' ', _pages[i].Owners.Select(owner => $"{owner.Number} 0 R")).Append(']');
            }

            for (var i = 0; i < _links.Count; i++)
            {
                nums.Append(_pages.Count + i).Append(' ').Append(_links[i].Element.Number).Append(" 0 R");
            }

            file.Object(parentTree, nums.Append("]>>"));
            file.Object(structureRoot, $"<</Type/StructTreeRoot/K {_document.Number} 0 R/ParentTree {parentTree} 0 R/ParentTreeNextKey {_pages.Count + _links.Count}>>");

            foreach (var (face, type0) in fonts)
            {
                WriteFont(file, type0, NoticeFonts.Face(face == 1), glyphs[face]);
            }

            file.Object(pageTree, $"<</Type/Pages/Count {_pages.Count}/Kids[{string.Join(' ', pages.Select(p => $"{p} 0 R"))}]>>");
            file.Stream(metadata, "/Type/Metadata/Subtype/XML", Encoding.UTF8.GetBytes(NoticePdfMetadata.Xmp(notice.Title, notice.Language, notice.Facts)));
            file.Object(info, NoticePdfMetadata.Info(notice.Title, notice.Facts));
            file.Object(catalog, $"<</Type/Catalog/Pages {pageTree} 0 R/PageLayout/SinglePage/Lang {PdfFileWriter.Text(notice.Language)}/MarkInfo<</Marked true>>"
                + $"/ViewerPreferences<</DisplayDocTitle true>>/StructTreeRoot {structureRoot} 0 R/Metadata {metadata} 0 R>>");
            return file.Finish(catalog, info, NoticePdfMetadata.DocumentId(notice.Facts));

            void Number(StructureElement element)
            {
                element.Number = file.Reserve();
                elements.Add(element);
                foreach (var kid in element.Kids)
                {
                    if (kid.Element is { } child)
                    {
                        Number(child);
                    }
                }
            }

            void WriteElement(StructureElement element)
            {
                var page = element.Kids.FirstOrDefault(k => k.Element is null).Page;
                var text = dictionary.Clear().Append("<</Type/StructElem/S/").Append(element.Tag).Append("/P ").Append(element.Parent?.Number ?? structureRoot).Append(" 0 R");
                if (element.Kids.Any(k => k.Element is null))
                {
                    text.Append("/Pg ").Append(pages[page]).Append(" 0 R");
                }

                if (element.Lang is { } lang)
                {
                    text.Append("/Lang ").Append(PdfFileWriter.Text(lang));
                }

                if (element.Scope is { } scope)
                {
                    text.Append("/A<</O/Table/Scope/").Append(scope).Append(">>");
                }

                if (element.ActualText is { } actual)
                {
                    text.Append("/ActualText ").Append(PdfFileWriter.Text(actual));
                }

                text.Append("/K[");
                foreach (var kid in element.Kids)
                {
                    if (kid.Element is { } child)
                    {
                        text.Append(child.Number).Append(" 0 R ");
                    }
                    else if (kid.Annotation >= 0)
                    {
                        text.Append("<</Type/OBJR/Pg ").Append(pages[kid.Page]).Append(" 0 R/Obj ").Append(links[kid.Annotation]).Append(" 0 R>> ");
                    }
                    else if (kid.Page == page)
                    {
                        text.Append(kid.Mcid).Append(' ');
                    }
                    else
                    {
                        text.Append("<</Type/MCR/Pg ").Append(pages[kid.Page]).Append(" 0 R/MCID ").Append(kid.Mcid).Append(">> ");
                    }
                }

                file.Object(element.Number, text.Append("]>>"));
            }
        }

        /// <summary>The glyphs of one face (0 regular, 1 bold) drawn, in glyph order, each with the character it was first drawn for.</summary>
        private List<(ushort Glyph, int Character)> Drawn(int face)
        {
            var drawnGlyphs = _drawnGlyphs[face];
            drawnGlyphs.Sort();
            return drawnGlyphs.ConvertAll(glyph => (glyph, _drawn[face][glyph] - 1));
        }

        /// <summary>A Type 0 font of one face: the CID font with the widths of the glyphs drawn, its descriptor and program, and the ToUnicode map.</summary>
        private static void WriteFont(PdfFileWriter file, int type0, NoticeFontFace face, List<(ushort Glyph, int Character)> glyphs)
        {
            var subset = FontSubsets.For(face, glyphs);
            var (cidFont, descriptor, program, toUnicode) = (file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve());
            file.Object(type0, $"<</Type/Font/Subtype/Type0/BaseFont/{subset.Name}/Encoding/Identity-H/DescendantFonts[{cidFont} 0 R]/ToUnicode {toUnicode} 0 R>>");
            var widths = new StringBuilder("[");
            foreach (var (glyph, _) in glyphs)
            {
                widths.Append(glyph).Append('[').Append(face.PdfWidth(glyph)).Append(']');
            }

            file.Object(cidFont, $"<</Type/Font/Subtype/CIDFontType2/BaseFont/{subset.Name}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
                + $"/FontDescriptor {descriptor} 0 R/CIDToGIDMap/Identity/W{widths.Append(']')}>>");
            var box = string.Join(' ', face.BoundingBox);
            file.Object(descriptor, $"<</Type/FontDescriptor/FontName/{subset.Name}/Flags 32/FontBBox[{box}]/ItalicAngle 0/Ascent {face.Ascent}/Descent {face.Descent}"
                + $"/CapHeight {face.CapHeight}/XHeight {face.XHeight}/StemV {(face == NoticeFonts.Face(true) ? 140 : 80)}/FontFile2 {program} 0 R>>");
            file.CompressedStream(program, $"/Length1 {subset.Length}", subset.Compressed);

            // The subset's own map when every glyph stood for the character the subset has it for; else this PDF's.
            var shared = glyphs.TrueForAll(g => subset.Characters.TryGetValue(g.Glyph, out var character) && character == g.Character);
            file.CompressedStream(toUnicode, string.Empty, shared ? subset.ToUnicode : FontSubsets.ToUnicode(glyphs));
        }

        private static string N(double value) => PdfFileWriter.Number(value);

        private static StringBuilder Number(StringBuilder text, double value)
        {
            Span<char> digits = stackalloc char[24];
            return text.Append(digits[..PdfFileWriter.Number(value, digits)]);
        }

        /// <summary>A byte of a literal string: the delimiters and the backslash escaped, and line ends, which readers would rewrite.</summary>
        private static void Byte(StringBuilder content, int value)
        {
            switch (value)
            {
                case '(' or ')' or '\\':
                    content.Append('\\').Append((char)value);
                    break;
                case '\r':
                    content.Append("\\r");
                    break;
                case '\n':
                    content.Append("\\n");
                    break;
                default:
                    content.Append((char)value);
                    break;
            }
        }

        /// <summary>A page's content stream and, by marked-content id, the structure element each piece belongs to.</summary>
        private sealed class PageContent
        {
            /// <summary>The object number of the page's content stream, written once the page is drawn.</summary>
            public int Content { get; set; }

            public List<StructureElement> Owners { get; } = [];
        }

        /// <summary>One structure element (PDF standard type) and its kids in reading order.</summary>
        private sealed class StructureElement(string tag, StructureElement? parent)
        {
            public string Tag { get; } = tag;

            public StructureElement? Parent { get; } = parent;

            public string? Lang { get; init; }

            public string? Scope { get; init; }

            public string? ActualText { get; set; }

            public List<Kid> Kids { get; } = [];

            public int Number { get; set; }
        }

        /// <summary>A kid of a structure element: another element, marked content on a page, or a link annotation.</summary>
        private readonly record struct Kid(StructureElement? Element, int Page, int Mcid, int Annotation);

        private sealed record LinkAnnotation(int Page, string Rectangle, string Href, string Text, StructureElement Element);
    }
}
