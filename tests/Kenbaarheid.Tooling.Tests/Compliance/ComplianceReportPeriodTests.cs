using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Storage;
using Kenbaarheid.Tooling.Compliance;

namespace Kenbaarheid.Tooling.Tests.Compliance;

/// <summary>
/// A report over a period counts decisions by their decision date, both ends inclusive, for notices and rejections
/// alike; it says which dates it found and which register date its notices used.
/// </summary>
public sealed class ComplianceReportPeriodTests
{
    [Theory]
    [InlineData(null, null, new[] { "D-1101", "D-1108", "D-1115", "R-1108" })]
    [InlineData("2026-11-08", null, new[] { "D-1108", "D-1115", "R-1108" })]
    [InlineData("2026-11-09", null, new[] { "D-1115" })]
    [InlineData(null, "2026-11-08", new[] { "D-1101", "D-1108", "R-1108" })]
    [InlineData(null, "2026-11-07", new[] { "D-1101" })]
    [InlineData("2026-11-08", "2026-11-08", new[] { "D-1108", "R-1108" })]
    [InlineData("2026-11-16", "2026-11-30", new string[0])]
    public async Task Build_CountsTheDecisionsDatedInThePeriodBothEndsInclusive(string? since, string? until, string[] expected)
    {
        using var store = await DatedStoreAsync();
        var period = new ReportPeriod(Date(since), Date(until));

        var report = await ComplianceReportBuilder.BuildAsync(store.Folder, period: period);

        var agency = report.Agencies.SingleOrDefault();
        Assert.Equal(expected.Count(d => d.StartsWith('D')), agency?.NoticesIssued ?? 0);
        Assert.Equal(expected.Count(d => d.StartsWith('R')), agency?.EventsRejected ?? 0);
        Assert.Equal(expected.Length, agency?.DecisionsSeen ?? 0);
        Assert.Equal(period, report.Period);
    }

    [Fact]
    public async Task Build_ListsEveryWeekFromFirstToLastWithTheSameTotals()
    {
        using var store = await DatedStoreAsync();

        var report = await ComplianceReportBuilder.BuildAsync(store.Folder);

        var agency = Assert.Single(report.Agencies);
        Assert.Equal([new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9)], agency.Weeks.Select(w => w.Monday));
        Assert.Equal([44, 45, 46], agency.Weeks.Select(w => w.IsoWeek));
        Assert.Equal([1, 2, 1], agency.Weeks.Select(w => w.Decisions));
        Assert.Equal([0, 1, 0], agency.Weeks.Select(w => w.Rejections));
        Assert.Equal(agency.NoticesIssued, agency.Weeks.Sum(w => w.Notices));
        Assert.Equal(agency.Rejections.Sum(r => r.Count), agency.Weeks.Sum(w => w.RejectionReasons.Sum(r => r.Count)));
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 15)), (report.FirstDecision!.Value, report.LastDecision!.Value));
    }

    [Fact]
    public async Task Build_NamesTheNewestRegisterDateTheNoticesUsedAndNoneWithoutNotices()
    {
        using var store = await DatedStoreAsync();

        var all = await ComplianceReportBuilder.BuildAsync(store.Folder);
        var oneDay = await ComplianceReportBuilder.BuildAsync(store.Folder, period: new ReportPeriod(new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 8)));
        var nothing = await ComplianceReportBuilder.BuildAsync(store.Folder, period: new ReportPeriod(new DateOnly(2027, 1, 1), null));

        Assert.Equal(new DateOnly(2025, 9, 30), all.NoticesRegisterDate);
        Assert.NotNull(oneDay.NoticesRegisterDate);
        Assert.Null(nothing.NoticesRegisterDate);
        Assert.Null(nothing.FirstDecision);
        Assert.Empty(nothing.Agencies);
    }

    [Fact]
    public async Task Html_SaysThePeriodAndThatTheRegisterDateIsUnknownWhenNoNoticeNamesOne()
    {
        using var store = await DatedStoreAsync();
        var report = await ComplianceReportBuilder.BuildAsync(store.Folder, period: new ReportPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)));

        var html = ComplianceReportHtmlWriter.Write(report);

        Assert.Contains("Periode: besluiten van 1 januari 2027 tot en met 31 januari 2027.", html, StringComparison.Ordinal);
        Assert.Contains("Er zijn geen besluiten in deze periode.", html, StringComparison.Ordinal);
        Assert.Contains("Wanneer het register voor het laatst is opgehaald, weten we niet", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Three notices of one agency decided on 1, 8 and 15 November 2026 and one rejection decided on 8 November (its
    /// event carries a BSN as recipient reference), all sent through the real pipeline.
    /// </summary>
    private static async Task<SampleStore> DatedStoreAsync()
    {
        var store = new SampleStore();
        foreach (var day in new[] { 1, 8, 15 })
        {
            await store.ProcessAsync(Dated(SampleEvents.Tree(SampleEvents.Automated), $"D-11{day:00}", day));
        }

        await store.ProcessAsync(Dated(SampleEvents.Tree(SampleEvents.Automated), "R-1108", 8).With("/data/recipient/ref", "111222333"));
        return store;
    }

    private static System.Text.Json.Nodes.JsonObject Dated(System.Text.Json.Nodes.JsonObject tree, string decision, int day) =>
        tree.With("/id", $"evt-{decision}")
            .With("/subject", decision)
            .With("/data/decision/id", decision)
            .With("/data/decision/date", $"2026-11-{day:00}")
            .With("/time", $"2026-11-{day:00}T09:00:00Z");

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
