using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// The report as one self-contained HTML page for the people who maintain an agency's register entries: plain B1
/// Dutch by default (English on request), one section per agency, charts drawn as inline SVG with each chart's numbers
/// in a table beside it, a table per topic with a caption and header cells, every code with its name and what to do,
/// and for each algorithm the register fields to fill in with what to write. No scripts, no external files; every
/// value is HTML-encoded.
/// </summary>
public static class ComplianceReportHtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Write(ComplianceReport report, ReportLanguage language = ReportLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = ComplianceReportWording.For(language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(w.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(w.Title)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#111}\n")
            .Append("table{border-collapse:collapse;margin:0 0 1.5rem;width:100%}caption{text-align:left;font-weight:bold;padding:.25rem 0}\n")
            .Append("th,td{border:1px solid #666;padding:.4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}thead th{background:#eee}td.num{text-align:right}\n")
            .Append("section{border-top:3px solid #154273;margin-top:2rem}q{font-style:italic}figure{margin:0 0 1.5rem}svg{max-width:100%;height:auto}\n")
            .Append("</style>\n</head>\n<body>\n<main>\n<h1>").Append(E(w.Title)).Append("</h1>\n")
            .Append("<p>").Append(E(w.Intro)).Append("</p>\n");
        AppendPeriod(html, report, w);

        if (report.Agencies.Count == 0)
        {
            html.Append("<p>").Append(E(w.EmptyStore)).Append("</p>\n");
        }
        else
        {
            html.Append("<nav aria-label=\"").Append(E(w.Organisations)).Append("\">\n<ul>\n");
            foreach (var agency in report.Agencies)
            {
                html.Append("<li><a href=\"#").Append(E(Anchor(agency.AgencyId))).Append("\">").Append(E(Title(agency))).Append("</a></li>\n");
            }

            html.Append("</ul>\n</nav>\n");
        }

        foreach (var agency in report.Agencies)
        {
            AppendAgency(html, agency, language);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendPeriod(StringBuilder html, ComplianceReport report, ComplianceReportWording w)
    {
        var period = (report.Period.Since, report.Period.Until) switch
        {
            (null, null) => w.PeriodAll,
            ({ } since, null) => ComplianceReportWording.Fill(w.PeriodFrom, w.Date(since)),
            (null, { } until) => ComplianceReportWording.Fill(w.PeriodUntil, w.Date(until)),
            ({ } since, { } until) => ComplianceReportWording.Fill(w.PeriodBetween, w.Date(since), w.Date(until)),
        };
        var found = report.FirstDecision is { } first && report.LastDecision is { } last
            ? ComplianceReportWording.Fill(w.FoundBetween, w.Date(first), w.Date(last))
            : w.FoundNone;
        html.Append("<p id=\"period\">").Append(E(period)).Append(' ').Append(E(w.PeriodRule)).Append(' ').Append(E(found)).Append("</p>\n");

        var used = report.NoticesRegisterDate switch
        {
            null => w.RegisterUnknown,
            { } date when report.NoticesRegisterSnapshotId is { } id => ComplianceReportWording.Fill(w.RegisterUsedSnapshot, w.Date(date), id),
            { } date => ComplianceReportWording.Fill(w.RegisterUsed, w.Date(date)),
        };
        html.Append("<p id=\"register-sync\">").Append(E(used)).Append("</p>\n");
        if (report.RegisterSnapshotId is not null || report.RegisterSnapshotDate is not null)
        {
            var snapshot = report.RegisterSnapshotId ?? w.RegisterFromFiles;
            var checkedText = report.RegisterSnapshotDate is { } taken
                ? ComplianceReportWording.Fill(w.RegisterCheckedOn, snapshot, w.Date(taken))
                : ComplianceReportWording.Fill(w.RegisterChecked, snapshot);
            html.Append("<p>").Append(E(checkedText)).Append("</p>\n");
        }
    }

    private static void AppendAgency(StringBuilder html, AgencyCompliance agency, ReportLanguage language)
    {
        var w = ComplianceReportWording.For(language);
        var codes = CodeCatalogue.For(language);
        var anchor = Anchor(agency.AgencyId);
        html.Append("<section aria-labelledby=\"").Append(E(anchor)).Append("\">\n<h2 id=\"").Append(E(anchor)).Append("\">").Append(E(Title(agency))).Append("</h2>\n");
        html.Append("<table>\n<caption>").Append(E(w.Decisions)).Append("</caption>\n<tbody>\n");
        Row(html, w.DecisionsSeen, agency.DecisionsSeen);
        Row(html, w.NoticesIssued, agency.NoticesIssued);
        Row(html, w.EventsRejected, agency.EventsRejected);
        html.Append("</tbody>\n</table>\n");
        AppendCharts(html, agency, language);
        Counts(html, w.WhyRejected, agency.Rejections, w.NoneRejected, w, codes);
        Counts(html, w.FlagsCaption, agency.Flags, w.NoFlags, w, codes);

        foreach (var algorithm in agency.Algorithms)
        {
            var name = algorithm.Name is null ? ComplianceReportWording.Fill(w.AlgorithmWithoutName, algorithm.Lars) : $"{algorithm.Name} ({algorithm.Lars})";
            html.Append("<h3>").Append(E(name)).Append("</h3>\n<p>");
            html.Append(algorithm.Registered switch
            {
                true => E(w.Registered),
                false => $"<strong>{E(w.NotRegistered)}</strong> ",
                null => string.Empty,
            });
            html.Append(E(w.RegisterPage)).Append("<a href=\"").Append(E(algorithm.RegisterUrl)).Append("\">").Append(E(algorithm.RegisterUrl)).Append("</a></p>\n");
            html.Append("<table>\n<caption>").Append(E(ComplianceReportWording.Fill(w.DecisionsWith, name))).Append("</caption>\n<tbody>\n");
            Row(html, w.DecisionsSeen, algorithm.DecisionsSeen);
            Row(html, w.NoticesIssued, algorithm.NoticesIssued);
            html.Append("</tbody>\n</table>\n");
            Counts(html, ComplianceReportWording.Fill(w.RejectionsAbout, name), algorithm.Rejections, null, w, codes);
            Counts(html, ComplianceReportWording.Fill(w.FlagsAbout, name), algorithm.Flags, null, w, codes);

            if (algorithm.Gaps.Count == 0)
            {
                html.Append("<p>").Append(E(w.NothingToFill)).Append("</p>\n");
                continue;
            }

            html.Append("<table>\n<caption>").Append(E(ComplianceReportWording.Fill(w.WhatToFillIn, name))).Append("</caption>\n<thead>\n<tr>")
                .Append("<th scope=\"col\">").Append(E(w.FieldHeader)).Append("</th><th scope=\"col\">").Append(E(w.WhatToWriteHeader)).Append("</th>")
                .Append("<th scope=\"col\">").Append(E(w.MeanwhileHeader)).Append("</th><th scope=\"col\">").Append(E(w.FoundByHeader)).Append("</th></tr>\n</thead>\n<tbody>\n");
            foreach (var gap in algorithm.Gaps)
            {
                var guidance = RegisterFieldGuide.ForRegisterName(gap.Field, language)
                    ?? new RegisterFieldGuidance(gap.Field, gap.Label, gap.WhatToWrite, gap.NoticeMeanwhile);
                html.Append("<tr><th scope=\"row\">").Append(E(guidance.Label)).Append("<br><code>").Append(E(gap.Field)).Append("</code></th>")
                    .Append("<td>").Append(E(guidance.WhatToWrite)).Append("</td>")
                    .Append("<td>").Append(Quoted(guidance.NoticeMeanwhile, w)).Append("</td>")
                    .Append("<td>").Append(string.Join("<br>", gap.RaisedBy.Select(code => CodeWithName(code, codes)))).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Each chart as an SVG picture with its numbers in a table right after it: the same record draws both.</summary>
    private static void AppendCharts(StringBuilder html, AgencyCompliance agency, ReportLanguage language)
    {
        var w = ComplianceReportWording.For(language);
        var charts = ReportChartBuilder.For(agency, language);
        html.Append("<h3>").Append(E(w.ChartsHeading)).Append("</h3>\n");
        foreach (var kind in new[] { ReportChartBuilder.Activity, ReportChartBuilder.FlagsPerAlgorithm, ReportChartBuilder.ReasonsOverTime, ReportChartBuilder.GapsPerAlgorithm })
        {
            var id = ReportChartBuilder.Id(agency, kind);
            if (charts.FirstOrDefault(c => c.Id == id) is not { } chart)
            {
                html.Append("<p>").Append(E(ReportChartBuilder.WhyMissing(kind, w))).Append("</p>\n");
                continue;
            }

            html.Append("<figure id=\"").Append(E(chart.Id)).Append("\">\n<figcaption><strong>").Append(E(chart.Title)).Append("</strong></figcaption>\n")
                .Append(ChartSvgWriter.Write(chart))
                .Append("<table>\n<caption>").Append(E(ComplianceReportWording.Fill(w.ChartNumbers, chart.Title))).Append("</caption>\n<thead>\n<tr><th scope=\"col\">")
                .Append(E(chart.CategoryHeader)).Append("</th>");
            foreach (var series in chart.Series)
            {
                html.Append("<th scope=\"col\">").Append(E(series.Name)).Append("</th>");
            }

            html.Append("</tr>\n</thead>\n<tbody>\n");
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                html.Append("<tr><th scope=\"row\">").Append(E(chart.Categories[i])).Append("</th>");
                foreach (var series in chart.Series)
                {
                    html.Append("<td class=\"num\">").Append(series.Values[i].ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n</figure>\n");
        }
    }

    /// <summary>Notice text, quoted in the guide as “…”, is always Dutch; it is marked so a screen reader pronounces it so.</summary>
    private static string Quoted(string text, ComplianceReportWording w)
    {
        var start = text.IndexOf('“', StringComparison.Ordinal);
        var end = text.LastIndexOf('”');
        if (start < 0 || end <= start)
        {
            return E(text);
        }

        var quote = E(text[(start + 1)..end]);
        return $"{E(text[..start])}{(w.Language == "nl" ? $"<q>{quote}</q>" : $"<q lang=\"nl\">{quote}</q>")}{E(text[(end + 1)..])}";
    }

    private static void Counts(StringBuilder html, string caption, IReadOnlyList<CodeCount> counts, string? none, ComplianceReportWording w, CodeCatalogue codes)
    {
        if (counts.Count == 0)
        {
            if (none is not null)
            {
                html.Append("<p>").Append(E(none)).Append("</p>\n");
            }

            return;
        }

        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead>\n<tr><th scope=\"col\">").Append(E(w.NameHeader))
            .Append("</th><th scope=\"col\">").Append(E(w.WhatToDoHeader)).Append("</th><th scope=\"col\">").Append(E(w.TimesHeader)).Append("</th></tr>\n</thead>\n<tbody>\n");
        foreach (var count in counts)
        {
            var explanation = codes.Explain(count.Code);
            html.Append("<tr><th scope=\"row\">").Append(E(explanation?.Name ?? count.Code)).Append("<br><code>").Append(E(count.Code)).Append("</code></th><td>")
                .Append(E(explanation?.WhatToDo ?? w.UnknownCode)).Append("</td><td class=\"num\">").Append(count.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string CodeWithName(string code, CodeCatalogue codes) =>
        codes.Explain(code) is { } explanation ? $"{E(explanation.Name)} (<code>{E(code)}</code>)" : $"<code>{E(code)}</code>";

    private static void Row(StringBuilder html, string label, int value) =>
        html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th><td class=\"num\">").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");

    private static string Title(AgencyCompliance agency) => agency.Name is null ? agency.AgencyId : $"{agency.Name} ({agency.AgencyId})";

    private static string Anchor(string agencyId) => "agency-" + agencyId;

    private static string E(string text) => Encoder.Encode(text);
}
