using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using Xunit.Abstractions;

namespace Kenbaarheid.Tests.Rendering.Pdf;

/// <summary>
/// Each sample's PDF read back with PdfPig: the same words as the approved HTML and the text, in order; fonts embedded
/// and subset; nothing outside the margins or in the envelope window; a sane number of A4 pages; and what PDF/UA-1
/// asks that can be read from the file itself — the structure tree's tags, <c>/MarkInfo</c>, <c>/Lang</c>, the title
/// shown, parts in another language marked, links with alternate text. (veraPDF, the reference validator, runs
/// outside this machine: see docs/PDF.md.)
/// </summary>
public sealed partial class NoticePdfTests(ITestOutputHelper output)
{
    private const double PointsPerMillimetre = 72 / 25.4;
    private const double Tolerance = 0.5;
    private const double BodyPointSize = 10.5;

    // The default envelope window (AddressWindow.Default) and the page's margins, in points from the bottom left as PDF counts.
    private static readonly PdfRectangle Window = FromTopLeftMillimetres(20, 40, 100, 50);
    private static readonly double Left = 20 * PointsPerMillimetre;
    private static readonly double Right = 190 * PointsPerMillimetre;
    private static readonly double Top = (297 - 20) * PointsPerMillimetre;
    private static readonly double Bottom = 22 * PointsPerMillimetre;
    private static readonly double PageLineBaseline = 12 * PointsPerMillimetre;

    public static TheoryData<string> Samples => SamplePdfs.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void ThePdf_HoldsExactlyTheTextOfTheApprovedHtml_InOrder(string name)
    {
        var sample = SamplePdfs.Named(name);
        using var pdf = PdfDocument.Open(sample.Pdf);

        // Letters only: the HTML's white space, punctuation and quote marks are the layout's business; the words are not.
        Assert.Equal(Letters(HtmlPrintText(sample.Html)), Letters(BodyText(pdf)));
    }

    /// <summary>
    /// Keep with next: no page but the last ends with a heading, whose text would then stand alone at the page's foot.
    /// Headings are the only text set larger than the body's 10.5 pt.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void NoPage_EndsWithAHeading(string name)
    {
        var sample = SamplePdfs.Named(name);
        using var pdf = PdfDocument.Open(sample.Pdf);

        foreach (var page in pdf.GetPages().Where(page => page.Number < pdf.NumberOfPages))
        {
            var lowest = page.Letters
                .Where(letter => !string.IsNullOrWhiteSpace(letter.Value) && letter.Location.Y > Bottom - 2)
                .MinBy(letter => letter.Location.Y)!;
            Assert.True(lowest.PointSize <= BodyPointSize + Tolerance, $"{name}: page {page.Number} ends with a heading ({lowest.PointSize:0.#} pt).");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySentenceOfTheTextNotice_AppearsInThePdf_InOrder(string name)
    {
        var sample = SamplePdfs.Named(name);
        using var pdf = PdfDocument.Open(sample.Pdf);
        var body = Letters(BodyText(pdf));
        var html = Letters(HtmlPrintText(sample.Html));

        var position = 0;
        var found = 0;
        var textOnly = new List<string>();
        var lost = new List<string>();
        foreach (var sentence in Sentences(sample.Text))
        {
            var letters = Letters(sentence);
            var at = body.IndexOf(letters, position, StringComparison.Ordinal);
            if (at >= 0)
            {
                position = at + letters.Length;
                found++;
            }
            else if (html.Contains(letters, StringComparison.Ordinal))
            {
                lost.Add(sentence);
            }
            else
            {
                // The text template words a few lines its own way (a link as "text: address"); the HTML never had them.
                textOnly.Add(sentence);
            }
        }

        output.WriteLine($"{name}: {found} sentences of the text notice found in order; {textOnly.Count} worded only by the text template: {string.Join(" | ", textOnly)}");
        Assert.Empty(lost);
        Assert.True(found >= 3 * textOnly.Count, $"Only {found} of the text notice's sentences are in the PDF; {textOnly.Count} are not.");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void NoText_IsOutsideTheMargins_OrInTheAddressWindow_AndEveryPageHasItsPageLine(string name)
    {
        var sample = SamplePdfs.Named(name);
        using var pdf = PdfDocument.Open(sample.Pdf);
        var pages = pdf.NumberOfPages;
        Assert.InRange(pages, 1, 12);

        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(595.3, page.Width, 0.5);
            Assert.Equal(841.9, page.Height, 0.5);
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            foreach (var letter in letters)
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= Left - Tolerance && box.Right <= Right + Tolerance, $"'{letter.Value}' on page {page.Number} lies outside the side margins at x {box.Left:0.0}–{box.Right:0.0}.");
                var inBody = box.Bottom >= Bottom - Tolerance && box.Top <= Top + Tolerance;
                var onPageLine = Math.Abs(letter.StartBaseLine.Y - PageLineBaseline) < 1;
                Assert.True(inBody || onPageLine, $"'{letter.Value}' on page {page.Number} lies outside the top or bottom margin at y {box.Bottom:0.0}–{box.Top:0.0}.");
                if (page.Number == 1)
                {
                    Assert.False(Intersects(box, Window), $"'{letter.Value}' on page 1 lies in the envelope's address window.");
                }
            }

            var pageLine = string.Concat(letters.Where(l => Math.Abs(l.StartBaseLine.Y - PageLineBaseline) < 1).Select(l => l.Value));
            Assert.Contains(sample.DecisionId, pageLine, StringComparison.Ordinal);
            var expected = sample.Language == "nl" ? $"pagina{page.Number}van{pages}" : $"page{page.Number}of{pages}";
            Assert.Contains(expected, pageLine.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void FontsAreEmbedded_AsSubsets_OfTheShippedNotoSans(string name)
    {
        using var pdf = PdfDocument.Open(SamplePdfs.Named(name).Pdf);
        var descriptors = Objects(pdf).OfType<DictionaryToken>().Where(d => d.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "FontDescriptor" }).ToList();

        Assert.NotEmpty(descriptors);
        foreach (var descriptor in descriptors)
        {
            Assert.True(descriptor.ContainsKey(NameToken.Create("FontFile2")), "A font is not embedded.");
            var fontName = ((NameToken)descriptor.Data["FontName"]).Data;
            Assert.Matches("^[A-Z]{6}\\+NotoSans-(Regular|Bold)$", fontName);
        }

        Assert.All(pdf.GetPages().SelectMany(p => p.Letters), letter => Assert.Matches("^[A-Z]{6}\\+NotoSans-(Regular|Bold)$", letter.FontName));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheStructureTree_TagsTheNotice_ForPdfUa(string name)
    {
        var sample = SamplePdfs.Named(name);
        using var pdf = PdfDocument.Open(sample.Pdf);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        var markInfo = Resolve<DictionaryToken>(pdf, catalog.Data["MarkInfo"]);
        Assert.True(((BooleanToken)markInfo.Data["Marked"]).Data);
        Assert.Equal(sample.Language, ((StringToken)catalog.Data["Lang"]).Data);
        var viewer = Resolve<DictionaryToken>(pdf, catalog.Data["ViewerPreferences"]);
        Assert.True(((BooleanToken)viewer.Data["DisplayDocTitle"]).Data);

        var title = new HtmlParser().ParseDocument(sample.Html).Title!.Trim();
        Assert.Equal(title, pdf.Information.Title);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var metadata = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", metadata, StringComparison.Ordinal);
        Assert.Contains(System.Security.SecurityElement.Escape(title), metadata, StringComparison.Ordinal);

        var tags = new List<(string Tag, string? Lang)>();
        Walk(pdf, Resolve<DictionaryToken>(pdf, catalog.Data["StructTreeRoot"]), tags);
        var kinds = tags.Select(t => t.Tag).ToHashSet();
        Assert.Subset(kinds, new HashSet<string> { "Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Link" });
        Assert.Equal(sample.Html.Contains("<table", StringComparison.Ordinal), kinds.IsSupersetOf(["Table", "TR", "TH", "TD"]));
        Assert.Single(tags, t => t.Tag == "H1");
        Assert.Equal(Regex.Count(sample.Html, "<h2"), tags.Count(t => t.Tag == "H2"));

        // Parts in another language: an English notice marks the Dutch it quotes (register names, the agency's texts).
        var otherLanguage = Regex.IsMatch(sample.Html, $"<[a-z0-9]+[^>]* lang=\"(?!{sample.Language}\")");
        Assert.Equal(otherLanguage, tags.Any(t => t.Lang is { } lang && lang != sample.Language));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Links_AreLinkAnnotations_WithAlternateText_InTheStructure(string name)
    {
        var sample = SamplePdfs.Named(name);
        using var pdf = PdfDocument.Open(sample.Pdf);
        var addresses = new HtmlParser().ParseDocument(sample.Html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToHashSet();

        var annotations = pdf.GetPages().SelectMany(page => page.GetAnnotations()).Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.NotEmpty(annotations);
        foreach (var annotation in annotations)
        {
            Assert.False(string.IsNullOrWhiteSpace(annotation.Content), "A link has no alternate text.");
            Assert.True(annotation.AnnotationDictionary.ContainsKey(NameToken.Create("StructParent")), "A link annotation is not in the structure tree.");
            var action = Resolve<DictionaryToken>(pdf, annotation.AnnotationDictionary.Data["A"]);
            Assert.Contains(((StringToken)action.Data["URI"]).Data, addresses);
        }

        Assert.Equal(addresses, annotations.Select(a => ((StringToken)Resolve<DictionaryToken>(pdf, a.AnnotationDictionary.Data["A"]).Data["URI"]).Data).ToHashSet());
    }

    /// <summary>
    /// The notice's text as a browser prints it with the approved style sheet: every link followed by its address, and
    /// the items of a numbered list with their numbers.
    /// </summary>
    private static string HtmlPrintText(string html)
    {
        var text = new StringBuilder();
        Collect(new HtmlParser().ParseDocument(html).Body!, text);
        return text.ToString();

        static void Collect(INode node, StringBuilder text)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    text.Append(t.Data);
                }
                else if (child is IElement element)
                {
                    if (element is { LocalName: "li", ParentElement.LocalName: "ol" })
                    {
                        text.Append(element.ParentElement!.Children.Where(c => c.LocalName == "li").ToList().IndexOf(element) + 1).Append(". ");
                    }

                    Collect(element, text);
                    if (element.LocalName == "a" && element.GetAttribute("href") is { } href)
                    {
                        text.Append(" (").Append(href).Append(')');
                    }
                }
            }
        }
    }

    /// <summary>The text inside the body area of every page, in content order: the page line at the foot left out.</summary>
    private static string BodyText(PdfDocument pdf) =>
        string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Where(l => Math.Abs(l.StartBaseLine.Y - PageLineBaseline) >= 1).Select(l => l.Value));

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => Letters(s).Length > 0);

    private static IEnumerable<IToken> Objects(PdfDocument pdf) =>
        pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys.Select(reference => pdf.Structure.GetObject(reference).Data);

    private static T Resolve<T>(PdfDocument pdf, IToken token)
        where T : class, IToken =>
        UglyToad.PdfPig.Parser.Parts.DirectObjectFinder.Get<T>(token, pdf.Structure.TokenScanner) ?? throw new InvalidDataException($"No {typeof(T).Name} at {token}.");

    private static void Walk(PdfDocument pdf, DictionaryToken element, List<(string Tag, string? Lang)> tags)
    {
        if (element.Data.TryGetValue("S", out var s) && s is NameToken tag)
        {
            tags.Add((tag.Data, element.Data.TryGetValue("Lang", out var l) && l is StringToken lang ? lang.Data : null));
        }

        if (!element.Data.TryGetValue("K", out var kids))
        {
            return;
        }

        var children = UglyToad.PdfPig.Parser.Parts.DirectObjectFinder.TryGet<ArrayToken>(kids, pdf.Structure.TokenScanner, out var array) ? array.Data : [kids];
        foreach (var kid in children)
        {
            if (UglyToad.PdfPig.Parser.Parts.DirectObjectFinder.TryGet<DictionaryToken>(kid, pdf.Structure.TokenScanner, out var child) && child.ContainsKey(NameToken.Create("S")))
            {
                Walk(pdf, child, tags);
            }
        }
    }

    private static bool Intersects(PdfRectangle a, PdfRectangle b) =>
        a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;

    private static PdfRectangle FromTopLeftMillimetres(double left, double top, double width, double height) => new(
        left * PointsPerMillimetre,
        (297 - top - height) * PointsPerMillimetre,
        (left + width) * PointsPerMillimetre,
        (297 - top) * PointsPerMillimetre);

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceBreak();
}
