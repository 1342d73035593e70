using System.Globalization;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// The four charts of one agency, as data: decisions, notices and rejections per week; flags per algorithm; rejection
/// reasons per week (each reason by its plain name from the <see cref="CodeCatalogue"/>); register fields still to fill
/// in per algorithm. A chart with nothing to show is left out (the report says so in a sentence instead).
/// </summary>
public static class ReportChartBuilder
{
    public const string Activity = "activity";
    public const string FlagsPerAlgorithm = "flags";
    public const string ReasonsOverTime = "reasons";
    public const string GapsPerAlgorithm = "gaps";

    public static IReadOnlyList<ReportChart> For(AgencyCompliance agency, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var wording = ComplianceReportWording.For(language);
        var codes = CodeCatalogue.For(language);
        var charts = new List<ReportChart>();
        var weeks = agency.Weeks.Select(w => WordingWeek(wording, w)).ToList();
        if (agency.Weeks.Count > 0)
        {
            charts.Add(new ReportChart(
                Id(agency, Activity),
                wording.ActivityTitle,
                ComplianceReportWording.Fill(wording.ActivitySummary, agency.Weeks.Sum(w => w.Decisions), agency.Weeks.Sum(w => w.Notices), agency.Weeks.Sum(w => w.Rejections)),
                wording.WeekHeader,
                weeks,
                [
                    new(wording.SeriesDecisions, agency.Weeks.Select(w => w.Decisions).ToList()),
                    new(wording.SeriesNotices, agency.Weeks.Select(w => w.Notices).ToList()),
                    new(wording.SeriesRejections, agency.Weeks.Select(w => w.Rejections).ToList()),
                ],
                OverTime: true,
                Stacked: false));
        }

        var flagged = agency.Algorithms.Where(a => a.Flags.Count > 0).ToList();
        if (flagged.Count > 0)
        {
            var flags = flagged.Select(a => a.Flags.Sum(f => f.Count)).ToList();
            charts.Add(new ReportChart(
                Id(agency, FlagsPerAlgorithm),
                wording.FlagsTitle,
                ComplianceReportWording.Fill(wording.FlagsSummary, flags.Sum(), flagged.Count),
                wording.AlgorithmHeader,
                flagged.Select(a => AlgorithmLabel(a, wording)).ToList(),
                [new(wording.SeriesFlags, flags)],
                OverTime: false,
                Stacked: false));
        }

        var reasons = agency.Weeks.SelectMany(w => w.RejectionReasons).Select(r => r.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (reasons.Count > 0)
        {
            charts.Add(new ReportChart(
                Id(agency, ReasonsOverTime),
                wording.ReasonsTitle,
                ComplianceReportWording.Fill(wording.ReasonsSummary, agency.Weeks.Sum(w => w.RejectionReasons.Sum(r => r.Count)), agency.Weeks.Count),
                wording.WeekHeader,
                weeks,
                reasons.Select(code => new ChartSeries(codes.Explain(code)?.Name ?? code, agency.Weeks.Select(w => w.RejectionReasons.FirstOrDefault(r => r.Code == code)?.Count ?? 0).ToList())).ToList(),
                OverTime: true,
                Stacked: true));
        }

        var lacking = agency.Algorithms.Where(a => a.Gaps.Count > 0).ToList();
        if (lacking.Count > 0)
        {
            charts.Add(new ReportChart(
                Id(agency, GapsPerAlgorithm),
                wording.GapsTitle,
                ComplianceReportWording.Fill(wording.GapsSummary, lacking.Sum(a => a.Gaps.Count), lacking.Count),
                wording.AlgorithmHeader,
                lacking.Select(a => AlgorithmLabel(a, wording)).ToList(),
                [new(wording.SeriesGaps, lacking.Select(a => a.Gaps.Count).ToList())],
                OverTime: false,
                Stacked: false));
        }

        return charts;
    }

    /// <summary>The sentence the report shows where a chart is left out for lack of data.</summary>
    public static string WhyMissing(string kind, ComplianceReportWording wording) => kind switch
    {
        Activity => wording.NoWeeks,
        FlagsPerAlgorithm => wording.NoFlagsPerAlgorithm,
        ReasonsOverTime => wording.NoReasons,
        GapsPerAlgorithm => wording.NoGaps,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a chart of the compliance report."),
    };

    public static string Id(AgencyCompliance agency, string kind) => $"chart-{agency.AgencyId}-{kind}";

    /// <summary>Names can be long: chart and table show the lars with the name cut at 24 characters; the algorithm sections below give it whole.</summary>
    private static string AlgorithmLabel(AlgorithmCompliance algorithm, ComplianceReportWording wording) =>
        algorithm.Name is null
            ? ComplianceReportWording.Fill(wording.AlgorithmWithoutName, algorithm.Lars)
            : $"{(algorithm.Name.Length > 24 ? algorithm.Name[..23].TrimEnd() + "…" : algorithm.Name)} ({algorithm.Lars})";

    private static string WordingWeek(ComplianceReportWording wording, WeekActivity week) =>
        ComplianceReportWording.Fill(wording.WeekLabel, week.IsoYear.ToString(CultureInfo.InvariantCulture), week.IsoWeek.ToString(CultureInfo.InvariantCulture));
}
