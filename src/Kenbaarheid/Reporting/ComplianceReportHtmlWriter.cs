using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Kenbaarheid.Reporting;

/// <summary>
/// The report as one self-contained HTML page for the people who maintain an agency's register entries: plain
/// English, one section per agency, a table per topic with a caption and header cells, and for each algorithm the
/// register fields to fill in with what to write. No scripts, no external files; every value is HTML-encoded.
/// </summary>
public static class ComplianceReportHtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Write(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Algorithm register: what to fix</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#111}\n")
            .Append("table{border-collapse:collapse;margin:0 0 1.5rem;width:100%}caption{text-align:left;font-weight:bold;padding:.25rem 0}\n")
            .Append("th,td{border:1px solid #666;padding:.4rem;text-align:left;vertical-align:top}thead th{background:#eee}\n")
            .Append("section{border-top:3px solid #154273;margin-top:2rem}q{font-style:italic}\n")
            .Append("</style>\n</head>\n<body>\n<main>\n<h1>Algorithm register: what to fix</h1>\n")
            .Append("<p>This page shows, for each organisation, what happened to its decisions and what is missing from its entries in the ")
            .Append("Algoritmeregister. Citizens follow the link in their notice to these entries. An empty field means the notice has to say ")
            .Append("that the register does not tell. Fill in the fields listed under each algorithm.</p>\n");
        if (report.RegisterSnapshotId is not null || report.RegisterSnapshotDate is not null)
        {
            html.Append("<p>Register checked: snapshot ").Append(E(report.RegisterSnapshotId ?? "from files"));
            if (report.RegisterSnapshotDate is { } date)
            {
                html.Append(" of ").Append(E(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)));
            }

            html.Append(".</p>\n");
        }

        if (report.Agencies.Count == 0)
        {
            html.Append("<p>The store holds no notices and no rejections yet.</p>\n");
        }
        else
        {
            html.Append("<nav aria-label=\"Organisations\">\n<ul>\n");
            foreach (var agency in report.Agencies)
            {
                html.Append("<li><a href=\"#").Append(E(Anchor(agency.AgencyId))).Append("\">").Append(E(Title(agency))).Append("</a></li>\n");
            }

            html.Append("</ul>\n</nav>\n");
        }

        foreach (var agency in report.Agencies)
        {
            AppendAgency(html, agency);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendAgency(StringBuilder html, AgencyCompliance agency)
    {
        var anchor = Anchor(agency.AgencyId);
        html.Append("<section aria-labelledby=\"").Append(E(anchor)).Append("\">\n<h2 id=\"").Append(E(anchor)).Append("\">").Append(E(Title(agency))).Append("</h2>\n");
        html.Append("<table>\n<caption>Decisions</caption>\n<tbody>\n");
        Row(html, "Decisions seen", agency.DecisionsSeen);
        Row(html, "Notices issued", agency.NoticesIssued);
        Row(html, "Events rejected", agency.EventsRejected);
        html.Append("</tbody>\n</table>\n");
        Counts(html, "Why events were rejected", agency.Rejections, "No event was rejected.");
        Counts(html, "Flags on notices and rejections", agency.Flags, "No flags.");

        foreach (var algorithm in agency.Algorithms)
        {
            var name = algorithm.Name is null ? $"Algorithm {algorithm.Lars}" : $"{algorithm.Name} ({algorithm.Lars})";
            html.Append("<h3>").Append(E(name)).Append("</h3>\n<p>");
            html.Append(algorithm.Registered switch
            {
                true => "Registered. ",
                false => "<strong>Not in the register.</strong> ",
                null => string.Empty,
            });
            html.Append("Register page: <a href=\"").Append(E(algorithm.RegisterUrl)).Append("\">").Append(E(algorithm.RegisterUrl)).Append("</a></p>\n");
            html.Append("<table>\n<caption>Decisions with ").Append(E(name)).Append("</caption>\n<tbody>\n");
            Row(html, "Decisions seen", algorithm.DecisionsSeen);
            Row(html, "Notices issued", algorithm.NoticesIssued);
            html.Append("</tbody>\n</table>\n");
            Counts(html, $"Rejections about {name}", algorithm.Rejections, null);
            Counts(html, $"Flags about {name}", algorithm.Flags, null);

            if (algorithm.Gaps.Count == 0)
            {
                html.Append("<p>Nothing to fill in for this algorithm.</p>\n");
                continue;
            }

            html.Append("<table>\n<caption>What to fill in for ").Append(E(name)).Append("</caption>\n<thead>\n<tr>")
                .Append("<th scope=\"col\">Register field</th><th scope=\"col\">What to write</th>")
                .Append("<th scope=\"col\">Meanwhile in notices</th><th scope=\"col\">Found by</th></tr>\n</thead>\n<tbody>\n");
            foreach (var gap in algorithm.Gaps)
            {
                html.Append("<tr><th scope=\"row\">").Append(E(gap.Label)).Append("<br><code>").Append(E(gap.Field)).Append("</code></th>")
                    .Append("<td>").Append(E(gap.WhatToWrite)).Append("</td>")
                    .Append("<td>").Append(Quoted(gap.NoticeMeanwhile)).Append("</td>")
                    .Append("<td>").Append(string.Join("<br>", gap.RaisedBy.Select(code => $"<code>{E(code)}</code>"))).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Dutch notice text, quoted in the guide as “…”, is marked as Dutch so a screen reader pronounces it so.</summary>
    private static string Quoted(string text)
    {
        var start = text.IndexOf('“', StringComparison.Ordinal);
        var end = text.LastIndexOf('”');
        return start < 0 || end <= start
            ? E(text)
            : $"{E(text[..start])}<q lang=\"nl\">{E(text[(start + 1)..end])}</q>{E(text[(end + 1)..])}";
    }

    private static void Counts(StringBuilder html, string caption, IReadOnlyList<CodeCount> counts, string? none)
    {
        if (counts.Count == 0)
        {
            if (none is not null)
            {
                html.Append("<p>").Append(E(none)).Append("</p>\n");
            }

            return;
        }

        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead>\n<tr><th scope=\"col\">Code</th><th scope=\"col\">Times</th></tr>\n</thead>\n<tbody>\n");
        foreach (var count in counts)
        {
            html.Append("<tr><th scope=\"row\"><code>").Append(E(count.Code)).Append("</code></th><td>").Append(count.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, string label, int value) =>
        html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th><td>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");

    private static string Title(AgencyCompliance agency) => agency.Name is null ? agency.AgencyId : $"{agency.Name} ({agency.AgencyId})";

    private static string Anchor(string agencyId) => "agency-" + agencyId;

    private static string E(string text) => Encoder.Encode(text);
}
