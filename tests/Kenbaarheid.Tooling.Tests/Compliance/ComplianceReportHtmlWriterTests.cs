using AngleSharp.Html.Parser;
using Kenbaarheid.Tests.Storage;
using Kenbaarheid.Tooling.Compliance;

namespace Kenbaarheid.Tooling.Tests.Compliance;

public sealed class ComplianceReportHtmlWriterTests
{
    [Fact]
    public async Task Write_GivesAnAccessibleSelfContainedPageInDutchByDefault()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var document = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report));

        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Algoritmeregister: wat moet er beter", document.Title);
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(3, document.QuerySelectorAll("h2").Length);
        Assert.All(document.QuerySelectorAll("table"), table => Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent)));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        Assert.Empty(document.QuerySelectorAll("script, link, img, foreignObject"));
        Assert.Contains(document.QuerySelectorAll("q"), q => q.TextContent == "Het register zegt niet waarvoor dit algoritme is.");
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Write_GivesEachCodeItsDutchNameAndWhatToDo()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var document = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report));

        var rejections = document.QuerySelectorAll("section#agency-gm9999 table, section[aria-labelledby=agency-gm9999] table")
            .Single(t => t.QuerySelector("caption")!.TextContent == "Waarom berichten zijn afgewezen");
        var bsn = rejections.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("code")!.TextContent == "RECIPIENT_REF_IS_BSN");
        Assert.StartsWith("Kenmerk lijkt op een BSN", bsn.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CodeCatalogue.For(ReportLanguage.Dutch).Explain("RECIPIENT_REF_IS_BSN")!.WhatToDo, bsn.QuerySelector("td")!.TextContent);
        Assert.Equal("1", bsn.QuerySelector("td.num")!.TextContent);
    }

    [Fact]
    public async Task Write_ShowsEachRegisterFieldToFillInWithWhatToWriteInEitherLanguage()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var dutch = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report));
        var english = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report, ReportLanguage.English));

        var nl = dutch.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent == "Wat u moet invullen voor Controle uitwonendenbeurs (72429714)");
        Assert.Equal(["goal", "human_intervention", "lawful_basis", "source_data"], nl.QuerySelectorAll("tbody th code").Select(c => c.TextContent).Order());
        Assert.Contains("Zeg in een of twee korte zinnen waarvoor het algoritme is", nl.TextContent, StringComparison.Ordinal);
        Assert.Contains("REGISTER_ENTRY_INCOMPLETE", nl.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        var en = english.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent == "What to fill in for Controle uitwonendenbeurs (72429714)");
        Assert.Contains("Say in one or two plain sentences what the algorithm is for", en.TextContent, StringComparison.Ordinal);
        Assert.Contains(english.QuerySelectorAll("q[lang=nl]"), q => q.TextContent == "Het register zegt niet waarvoor dit algoritme is.");
    }

    [Fact]
    public void Write_EncodesEveryValue()
    {
        var agency = new AgencyCompliance("gm9999", "<script>alert(1)</script>", 0, 0, 0, [], [], [], []);
        var report = new ComplianceReport(null, null, [agency], ReportPeriod.All, null, null, null, null);

        var html = ComplianceReportHtmlWriter.Write(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
