using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kenbaarheid.Tests.Storage;
using Kenbaarheid.Tooling.Compliance;
using OxyPlot.Series;

namespace Kenbaarheid.Tooling.Tests.Compliance;

/// <summary>
/// The charts tell the same numbers as their tables and as the report, carry an accessible name, and are the same bytes
/// on every run and under every culture.
/// </summary>
public sealed class ReportChartTests
{
    [Fact]
    public async Task EveryChart_DrawsTheNumbersOfTheTableBesideIt()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);
        var document = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report));

        var checkedCharts = 0;
        foreach (var agency in report.Agencies)
        {
            foreach (var chart in ReportChartBuilder.For(agency, ReportLanguage.Dutch))
            {
                var figure = document.GetElementById(chart.Id) ?? throw new InvalidOperationException($"No figure {chart.Id} in the report.");
                var table = Table(figure);
                var bars = ChartSvgWriter.Plot(chart).Series.Cast<BarSeries>().ToList();
                Assert.Equal(table.Columns, bars.Select(b => b.Title));
                Assert.Equal(table.Rows, chart.Categories);
                for (var s = 0; s < bars.Count; s++)
                {
                    Assert.Equal(table.Values.Select(row => (double)row[s]), bars[s].Items.Select(item => item.Value));
                }

                checkedCharts++;
            }
        }

        Assert.True(checkedCharts >= 10, $"Only {checkedCharts} charts in the sample report.");
    }

    [Fact]
    public async Task Charts_AddUpToTheReportsOwnCounts()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        foreach (var agency in report.Agencies.Where(a => a.Weeks.Count > 0))
        {
            var charts = ReportChartBuilder.For(agency, ReportLanguage.English).ToDictionary(c => c.Id);
            var activity = charts[ReportChartBuilder.Id(agency, ReportChartBuilder.Activity)];
            Assert.Equal(agency.NoticesIssued, activity.Series[1].Values.Sum());
            Assert.Equal(agency.EventsRejected, activity.Series[2].Values.Sum());
            Assert.Equal(agency.Algorithms.Sum(a => a.Gaps.Count), charts.GetValueOrDefault(ReportChartBuilder.Id(agency, ReportChartBuilder.GapsPerAlgorithm))?.Series[0].Values.Sum() ?? 0);
            Assert.Equal(agency.Algorithms.Sum(a => a.Flags.Sum(f => f.Count)), charts.GetValueOrDefault(ReportChartBuilder.Id(agency, ReportChartBuilder.FlagsPerAlgorithm))?.Series[0].Values.Sum() ?? 0);
            Assert.Equal(agency.Rejections.Sum(r => r.Count), charts.GetValueOrDefault(ReportChartBuilder.Id(agency, ReportChartBuilder.ReasonsOverTime))?.Series.Sum(s => s.Values.Sum()) ?? 0);
        }
    }

    [Fact]
    public async Task Svg_IsAnAccessibleImageWithoutScripts()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);
        var document = new HtmlParser().ParseDocument(ComplianceReportHtmlWriter.Write(report));

        var pictures = document.QuerySelectorAll("figure svg");
        Assert.NotEmpty(pictures);
        Assert.All(pictures, svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Contains("tabel hieronder", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
            Assert.Empty(svg.QuerySelectorAll("script"));
            Assert.DoesNotContain(svg.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Report_IsTheSameBytesOnEveryRunAndUnderAnyCulture()
    {
        using var store = await new SampleStore().WithSamplesAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);
        var first = ComplianceReportHtmlWriter.Write(report);
        var culture = CultureInfo.CurrentCulture;
        string second;
        try
        {
            // Dutch writes 1,5 where English writes 1.5: a number written with the machine's culture would show here.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
            second = ComplianceReportHtmlWriter.Write(await ComplianceReportBuilder.BuildAsync(store.Folder));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(first, second);
        Assert.Contains("<svg role=\"img\"", first, StringComparison.Ordinal);
    }

    private static (List<string> Columns, List<string> Rows, List<int[]> Values) Table(IElement figure)
    {
        var table = figure.QuerySelector("table") ?? throw new InvalidOperationException($"No table in {figure.Id}.");
        var columns = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent).ToList();
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        return (
            columns,
            rows.Select(r => r.QuerySelector("th")!.TextContent).ToList(),
            rows.Select(r => r.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture)).ToArray()).ToList());
    }
}
