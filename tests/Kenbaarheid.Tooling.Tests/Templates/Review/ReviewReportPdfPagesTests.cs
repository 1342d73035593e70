using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kenbaarheid.Agencies;
using Kenbaarheid.Rendering;
using Kenbaarheid.Tests;
using Kenbaarheid.Tooling.Compliance;
using Kenbaarheid.Tooling.Templates.Checking;
using Kenbaarheid.Tooling.Templates.Review;
using UglyToad.PdfPig;

namespace Kenbaarheid.Tooling.Tests.Templates.Review;

/// <summary>
/// The review report shows each fixture's PDF pages: for every fixture and language as many page pictures as the PDF
/// has pages, each with the PDF page's letters in the PDF's order on the PDF's baselines, and the envelope's address
/// window on page 1 only.
/// </summary>
public sealed class ReviewReportPdfPagesTests
{
    [Theory]
    [InlineData(ReportLanguage.Dutch)]
    [InlineData(ReportLanguage.English)]
    public async Task ReviewReport_ShowsEveryPageOfEachFixturesPdf_WithThePdfsTextWhereThePdfHasIt(ReportLanguage language)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "templates");
        var report = await new TemplateChecker().CheckAsync(folder);
        var page = new HtmlParser().ParseDocument(ReviewReportWriter.Write(report, language));
        var renderer = new NoticeRenderer(await TemplateSetLoader.LoadAsync(folder), TemplateMode.Preview);

        var htmlRenders = report.Renders.Where(r => r.Channel == TemplateChannel.Html).ToList();
        Assert.Equal(report.Fixtures.Count * 2, htmlRenders.Count);
        foreach (var render in htmlRenders)
        {
            var fixture = report.Fixtures.Single(f => f.Name == render.Fixture);
            using var pdf = PdfDocument.Open(renderer.RenderPdf(render.Text, fixture.Explanation, render.Language, AddressWindow.Default));
            var column = page.QuerySelectorAll($"section[aria-labelledby='fixture-{render.Fixture}'] .side > div")
                .Single(div => div.QuerySelector("h3")!.TextContent == render.TemplateId);
            var pictures = column.QuerySelectorAll("figure svg").ToList();

            Assert.Equal(pdf.NumberOfPages, pictures.Count);
            Assert.Equal(pdf.NumberOfPages, column.QuerySelectorAll("figure figcaption").Length);
            foreach (var (picture, number) in pictures.Select((p, i) => (p, i + 1)))
            {
                var pdfPage = pdf.GetPage(number);
                var where = $"{render.TemplateId} {render.Fixture} page {number}";
                var texts = picture.QuerySelectorAll("text").ToList();
                Assert.True(Letters(pdfPage.Letters.Select(l => l.Value)) == Letters(texts.Select(t => t.TextContent)), where);
                var pdfBaselines = Baselines(pdfPage.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => pdfPage.Height - l.StartBaseLine.Y));
                var shownBaselines = Baselines(texts.Select(t => Number(t, "y")));
                Assert.Equal(pdfBaselines.Count, shownBaselines.Count);
                Assert.All(pdfBaselines.Zip(shownBaselines), pair => Assert.InRange(pair.Second, pair.First - 0.1, pair.First + 0.1));
                Assert.Equal(number == 1 ? 1 : 0, picture.QuerySelectorAll("rect[stroke-dasharray]").Length);
            }
        }
    }

    private static string Letters(IEnumerable<string> texts) => string.Concat(string.Concat(texts).Where(char.IsLetterOrDigit));

    /// <summary>The distinct baselines of a page, from its top: values within 0.05 pt of the last kept one are the same line.</summary>
    private static List<double> Baselines(IEnumerable<double> ys)
    {
        var lines = new List<double>();
        foreach (var y in ys.Order())
        {
            if (lines.Count == 0 || y - lines[^1] > 0.05)
            {
                lines.Add(y);
            }
        }

        return lines;
    }

    private static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
