using AngleSharp.Html.Parser;
using Kenbaarheid.Reporting;

namespace Kenbaarheid.Tests.Reporting;

public sealed class ComplianceReportHtmlWriterTests
{
    [Fact]
    public async Task Write_GivesAnAccessibleSelfContainedPage()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var document = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report));

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(3, document.QuerySelectorAll("h2").Length);
        Assert.All(document.QuerySelectorAll("table"), table => Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent)));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        Assert.Empty(document.QuerySelectorAll("script, link, img"));
        Assert.Contains(document.QuerySelectorAll("q[lang=nl]"), q => q.TextContent == "Het register zegt niet waarvoor dit algoritme is.");
    }

    [Fact]
    public async Task Write_ShowsEachRegisterFieldToFillInWithWhatToWrite()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var document = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report));

        var table = document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent == "What to fill in for Controle uitwonendenbeurs (72429714)");
        var fields = table.QuerySelectorAll("tbody th code").Select(c => c.TextContent).ToList();
        Assert.Equal(["goal", "human_intervention", "lawful_basis", "source_data"], fields.Order());
        Assert.Contains("REGISTER_ENTRY_INCOMPLETE", table.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EncodesEveryValue()
    {
        var report = new ComplianceReport(null, null, [new AgencyCompliance("gm9999", "<script>alert(1)</script>", 0, 0, 0, [], [], [])]);

        var html = ComplianceReportHtmlWriter.Write(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
