using System.Globalization;
using System.Net;
using System.Text;
using Kenbaarheid.Rendering;
using Kenbaarheid.Tooling.Compliance;
using Kenbaarheid.Tooling.Templates.Checking;
using Kenbaarheid.Tooling.Templates.Readability;

namespace Kenbaarheid.Tooling.Templates.Review;

/// <summary>
/// The review report for legal teams: one self-contained HTML file (inline CSS, no scripts, nothing loaded) with the
/// check's findings, each template's approval and its line diff against the last approved copy, the readability
/// figures, and per fixture the checklist and every rendered notice, the languages side by side. Each HTML notice
/// is embedded whole in an <c>iframe srcdoc</c>, which keeps it exactly as a citizen's browser shows it, its
/// plain-text twin follows in a disclosure, and then the pages of its PDF, drawn as pictures from the PDF's own layout
/// (see <see cref="PdfPagePictures"/> for why pictures and not the PDF). Meaning never rests on colour: diffs carry + and −, the checklist says
/// yes and no in words. Plain Dutch by default, English on request; check findings keep their rule code.
/// </summary>
public static class ReviewReportWriter
{
    private const string Style = """
        :root { color-scheme: light; }
        body { margin: 0; font-family: "Segoe UI", Roboto, Arial, "Liberation Sans", sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5; }
        main { max-width: 110rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
        h2 { font-size: 1.4rem; border-top: 2px solid #1a1a1a; padding-top: 1rem; margin-top: 2rem; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
        table { border-collapse: collapse; margin: 0 0 1rem; }
        th, td { border: 1px solid #5c5c5c; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f0f0; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .pass { border: 2px solid #1a1a1a; padding: 0.5rem 1rem; font-weight: 700; }
        .fail { border: 3px solid #8a1111; color: #8a1111; padding: 0.5rem 1rem; font-weight: 700; }
        .side { display: grid; grid-template-columns: repeat(auto-fit, minmax(34rem, 1fr)); gap: 1rem; }
        .pages figure { margin: 0 0 1rem; }
        .pdf-page { display: block; width: 100%; max-width: 42rem; height: auto; border: 1px solid #5c5c5c; }
        iframe { width: 100%; height: 60rem; border: 2px solid #5c5c5c; background: #fff; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f7f7f7; border: 1px solid #5c5c5c; padding: 0.5rem; font-size: 0.85rem; }
        .diff { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        .diff .added { background: #e6f4ea; }
        .diff .removed { background: #fce8e6; }
        .diff .gap { color: #4a4a4a; font-style: italic; }
        a { color: #0b4ea2; }
        a:focus, summary:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
        """;

    public static string Write(TemplateCheckReport report, ReportLanguage language = ReportLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(report);
        var nl = language == ReportLanguage.Dutch;
        string T(string dutch, string english) => nl ? dutch : english;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(nl ? "nl" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(T("Sjablonen beoordelen: ", "Template review: ")).Append(report.Templates.Count).Append(T(" sjablonen, ", " templates, ")).Append(report.Fixtures.Count).Append(T(" voorbeelden", " fixtures")).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(T("Sjablonen voor meldingen: ter beoordeling", "Notice templates for review")).Append("</h1>\n")
            .Append("<p>").Append(T(
                "Hier ziet u elk sjabloon, gevuld met elk voorbeeld. Per melding staat erbij welke onderdelen erin staan, hoe leesbaar de tekst is, en wat er veranderd is sinds het sjabloon voor het laatst is goedgekeurd. ",
                "Every template rendered for every fixture, the checklist each notice meets, the readability figures, and what changed since each template was last approved. "))
            .Append(T(
                "Onder elke melding staan de pagina's van de pdf, precies zoals de regels op papier vallen. Het gestreepte vak op pagina 1 is het venster van de envelop: daar komt geen tekst. ",
                "Under each notice are the pages of its PDF, each line where it falls on paper. The dashed box on page 1 is the envelope's address window: no text goes there. "))
            .Append(T("Keur goed met ", "Approve with ")).Append("<code>kenbaarheid templates approve &lt;id&gt; --by &lt;role&gt;</code>.</p>\n");
        Contents(html, report, nl);
        Findings(html, report, nl);
        Templates(html, report, nl);
        Readability(html, report, nl);
        foreach (var fixture in report.Fixtures)
        {
            Fixture(html, report, fixture, nl);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Contents(StringBuilder html, TemplateCheckReport report, bool nl)
    {
        html.Append("<nav aria-label=\"").Append(nl ? "Inhoud" : "Contents").Append("\">\n<ul>\n")
            .Append("<li><a href=\"#findings\">").Append(nl ? FindingsNl : FindingsEn).Append("</a></li>\n<li><a href=\"#templates\">").Append(nl ? TemplatesNl : TemplatesEn)
            .Append("</a></li>\n<li><a href=\"#readability\">").Append(nl ? "Leesbaarheid" : "Readability").Append("</a></li>\n");
        foreach (var fixture in report.Fixtures)
        {
            html.Append("<li><a href=\"#fixture-").Append(E(fixture.Name)).Append("\">").Append(nl ? "Voorbeeld " : "Fixture ").Append(E(fixture.Name)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void Findings(StringBuilder html, TemplateCheckReport report, bool nl)
    {
        html.Append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">").Append(nl ? FindingsNl : FindingsEn).Append("</h2>\n");
        if (report.Passed)
        {
            html.Append("<p class=\"pass\">").Append(nl ? "Goed: de controle vond niets." : "Passed: no findings.").Append("</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"fail\">").Append(nl ? "Niet goed: " : "Failed: ").Append(report.Findings.Count)
            .Append(nl ? " punt(en) gevonden. Keur niet goed voordat ze zijn opgelost." : " finding(s). Do not approve until they are fixed.")
            .Append("</p>\n<table>\n<thead><tr><th scope=\"col\">").Append(nl ? "Sjabloon" : "Template").Append("</th><th scope=\"col\">").Append(nl ? "Waar" : "Where")
            .Append("</th><th scope=\"col\">").Append(nl ? "Voorbeeld" : "Fixture").Append("</th><th scope=\"col\">").Append(nl ? "Regel" : "Rule")
            .Append("</th><th scope=\"col\">").Append(nl ? "Toelichting (in het Engels)" : "Message").Append("</th></tr></thead>\n<tbody>\n");
        foreach (var finding in report.Findings)
        {
            var where = finding.File is null ? string.Empty : finding.Line is null ? finding.File : $"{finding.File}:{finding.Line}";
            html.Append("<tr><td>").Append(E(finding.Template)).Append("</td><td>").Append(E(where)).Append("</td><td>").Append(E(finding.Fixture ?? string.Empty))
                .Append("</td><td>").Append(E(finding.Rule)).Append("</td><td>").Append(E(finding.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Templates(StringBuilder html, TemplateCheckReport report, bool nl)
    {
        html.Append("<section aria-labelledby=\"templates\">\n<h2 id=\"templates\">").Append(nl ? TemplatesNl : TemplatesEn).Append("</h2>\n<table>\n<thead><tr>")
            .Append(nl
                ? "<th scope=\"col\">Sjabloon</th><th scope=\"col\">Status</th><th scope=\"col\">Versie</th><th scope=\"col\">Goedgekeurd door (rol)</th><th scope=\"col\">Goedgekeurd op</th><th scope=\"col\">sha256 van de bronnen</th>"
                : "<th scope=\"col\">Template</th><th scope=\"col\">Status</th><th scope=\"col\">Version</th><th scope=\"col\">Approved by (role)</th><th scope=\"col\">Approved on</th><th scope=\"col\">sha256 of the sources</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var template in report.Templates)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(template.Id)).Append("</th><td>").Append(template.Status == TemplateStatus.Approved ? (nl ? "goedgekeurd" : "approved") : (nl ? "concept" : "draft"))
                .Append("</td><td>").Append(E(template.Version)).Append("</td><td>").Append(E(template.Approval?.ApprovedBy ?? "—"))
                .Append("</td><td>").Append(template.Approval?.ApprovedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—")
                .Append("</td><td><code>").Append(template.Sha256).Append("</code></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        foreach (var template in report.Templates)
        {
            Diff(html, template, nl);
        }

        html.Append("</section>\n");
    }

    private static void Diff(StringBuilder html, NoticeTemplate template, bool nl)
    {
        html.Append("<h3 id=\"diff-").Append(E(template.Id)).Append("\">").Append(E(template.Id)).Append(nl ? ": wat veranderde sinds de laatste goedkeuring" : ": changes since the last approval").Append("</h3>\n");
        if (template.LastApproved is not { } approved)
        {
            html.Append(nl ? "<p>Nooit goedgekeurd: er is geen goedgekeurde versie om mee te vergelijken. Elke regel is nieuw.</p>\n" : "<p>Never approved: there is no approved copy to compare with. Every line is new.</p>\n");
            return;
        }

        var diff = LineDiff.Compute(ApprovedSources.Concatenate(approved.Sources), ApprovedSources.Concatenate(template.Sources));
        var changed = diff.Count(l => l.Kind != DiffLineKind.Kept);
        html.Append(nl ? "<p>Vergeleken met versie " : "<p>Compared with version ").Append(E(approved.Version)).Append(nl ? ", goedgekeurd door " : ", approved by ").Append(E(approved.ApprovedBy)).Append(nl ? " op " : " on ")
            .Append(approved.ApprovedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(". ");
        if (changed == 0)
        {
            html.Append(nl ? "Niets veranderd: de bronnen zijn precies zoals goedgekeurd.</p>\n" : "No changes: the sources are exactly as approved.</p>\n");
            return;
        }

        html.Append(diff.Count(l => l.Kind == DiffLineKind.Added)).Append(nl ? " regel(s) erbij (met +), " : " line(s) added (marked +), ")
            .Append(diff.Count(l => l.Kind == DiffLineKind.Removed)).Append(nl ? " eruit (met −); de naam van elk bestand begint met =====." : " removed (marked −); file headers start with =====.")
            .Append("</p>\n<div class=\"diff\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(nl ? "Verschillen in " : "Diff of ")
            .Append(E(template.Id)).Append("\">\n");
        foreach (var line in LineDiff.Hunks(diff))
        {
            if (line is null)
            {
                html.Append(nl ? "<div class=\"gap\">… regels zonder verandering …</div>\n" : "<div class=\"gap\">… unchanged lines …</div>\n");
                continue;
            }

            var (css, mark) = line.Kind switch
            {
                DiffLineKind.Added => ("added", "+ "),
                DiffLineKind.Removed => ("removed", "− "),
                _ => ("kept", "  "),
            };
            html.Append("<div class=\"").Append(css).Append("\">").Append(mark).Append(E(line.Text)).Append("</div>\n");
        }

        html.Append("</div>\n");
    }

    private static void Readability(StringBuilder html, TemplateCheckReport report, bool nl)
    {
        html.Append("<section aria-labelledby=\"readability\">\n<h2 id=\"readability\">").Append(nl ? "Leesbaarheid" : "Readability").Append("</h2>\n")
            .Append(nl
                ? "<p>Nederlands: Flesch-Douma; Engels: Flesch Reading Ease (0–100, hoger is makkelijker). ‘Melding’ is de tekst zoals de inwoner die leest, met tekst uit berichten en het register. ‘Eigen’ zijn alleen de zinnen van de sjablonen zelf, zonder ingevulde waarden. Koppen en labels tellen niet als zin.</p>\n"
                : "<p>Dutch: Flesch-Douma; English: Flesch Reading Ease (0–100, higher is easier). ‘Notice’ is the text as the citizen reads it, text from events and the register included; ‘own’ is the templates' own sentences, every bound value removed. Headings and labels are not sentences.</p>\n");
        foreach (var (language, limits) in report.Settings.Languages.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            html.Append(nl ? "<p>Grenzen voor " : "<p>Thresholds for ").Append(E(language)).Append(nl ? ": score van de melding minstens " : ": notice score at least ").Append(F(limits.MinNoticeScore))
                .Append(nl ? ", eigen score minstens " : ", own score at least ").Append(F(limits.MinOwnScore))
                .Append(nl ? ", hoogstens " : ", at most ").Append(F(limits.MaxAverageSentenceWords)).Append(nl ? " woorden per zin, hoogstens " : " words per sentence, at most ").Append(F(limits.MaxLongWordShare * 100))
                .Append(nl ? "% lange woorden (" : "% long words (").Append(limits.LongWordSyllables).Append(nl ? "+ lettergrepen) in de eigen tekst van de sjablonen.</p>\n" : "+ syllables) in the templates' own text.</p>\n");
        }

        var head = nl
            ? "<thead><tr><th scope=\"col\">Taal</th><th scope=\"col\">{0}</th><th scope=\"col\">Soort tekst</th><th scope=\"col\">Score</th><th scope=\"col\">Woorden per zin</th><th scope=\"col\">Lange woorden</th><th scope=\"col\">Zinnen</th></tr></thead>\n<tbody>\n"
            : "<thead><tr><th scope=\"col\">Language</th><th scope=\"col\">{0}</th><th scope=\"col\">Scope</th><th scope=\"col\">Score</th><th scope=\"col\">Words per sentence</th><th scope=\"col\">Long words</th><th scope=\"col\">Sentences</th></tr></thead>\n<tbody>\n";
        html.Append("<table>\n<caption>").Append(nl ? "Alle voorbeelden samen, per taal en onderdeel" : "All fixtures together, per language and section").Append("</caption>\n")
            .Append(string.Format(CultureInfo.InvariantCulture, head, nl ? "Onderdeel" : "Section"));
        foreach (var m in report.Measurements.Where(m => m.Fixture == TemplateCheckReport.AllFixtures && m.Figures.Sentences > 0)
            .OrderBy(m => m.Language, StringComparer.Ordinal).ThenBy(m => m.Section == ReadabilityMeasurement.WholeNotice ? -1 : RenderedNoticeInspector.SectionOrder.ToList().IndexOf(m.Section)).ThenBy(m => m.Scope))
        {
            Row(html, m, m.Section, nl);
        }

        html.Append("</tbody>\n</table>\n<table>\n<caption>").Append(nl ? "De hele melding, per voorbeeld" : "Each fixture's whole notice").Append("</caption>\n")
            .Append(string.Format(CultureInfo.InvariantCulture, head, nl ? "Voorbeeld" : "Fixture"));
        foreach (var m in report.Measurements.Where(m => m.Fixture != TemplateCheckReport.AllFixtures && m.Section == ReadabilityMeasurement.WholeNotice)
            .OrderBy(m => m.Language, StringComparer.Ordinal).ThenBy(m => m.Fixture, StringComparer.Ordinal).ThenBy(m => m.Scope))
        {
            Row(html, m, m.Fixture, nl);
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Row(StringBuilder html, ReadabilityMeasurement m, string second, bool nl) =>
        html.Append("<tr><td>").Append(E(m.Language)).Append("</td><td>").Append(E(second)).Append("</td><td>").Append(m.Scope == ReadabilityScope.Notice ? (nl ? "melding" : "notice") : (nl ? "eigen" : "own"))
            .Append("</td><td class=\"num\">").Append(F(m.Figures.Score)).Append("</td><td class=\"num\">").Append(F(m.Figures.AverageSentenceWords))
            .Append("</td><td class=\"num\">").Append(F(m.Figures.LongWordShare * 100)).Append("%</td><td class=\"num\">").Append(m.Figures.Sentences).Append("</td></tr>\n");

    private static void Fixture(StringBuilder html, TemplateCheckReport report, NoticeFixture fixture, bool nl)
    {
        var id = "fixture-" + fixture.Name;
        var renders = report.Renders.Where(r => r.Fixture == fixture.Name).ToList();
        var htmlRenders = renders.Where(r => r.Channel == TemplateChannel.Html).OrderBy(r => r.Language == "nl" ? 0 : 1).ThenBy(r => r.Language, StringComparer.Ordinal).ToList();
        html.Append("<section aria-labelledby=\"").Append(E(id)).Append("\">\n<h2 id=\"").Append(E(id)).Append(nl ? "\">Voorbeeld " : "\">Fixture ").Append(E(fixture.Name)).Append("</h2>\n")
            .Append(nl ? "<p>Regime " : "<p>Regime ").Append(E(Wire(fixture.Explanation.Regime))).Append(nl ? ", betrokkenheid " : ", involvement ").Append(E(Wire(fixture.Explanation.Involvement)))
            .Append(", ").Append(fixture.Explanation.Algorithms.Count).Append(nl ? " algoritme(s): " : " algorithm(s): ")
            .Append(E(string.Join("; ", fixture.Explanation.Algorithms.Select(a => $"{a.Lars} {Wire(a.Role)}, {Wire(a.Weight)}{(a.Register is null ? (nl ? ", niet in het register" : ", not registered") : string.Empty)}"))))
            .Append(".</p>\n");

        html.Append(nl ? "<table>\n<caption>Controlelijst van voorbeeld " : "<table>\n<caption>Checklist of fixture ").Append(E(fixture.Name)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(nl ? "Onderdeel" : "Section").Append("</th><th scope=\"col\">").Append(nl ? "Hier nodig" : "Required here").Append("</th>");
        foreach (var render in htmlRenders)
        {
            html.Append(nl ? "<th scope=\"col\">In " : "<th scope=\"col\">In ").Append(E(render.TemplateId)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var section in RenderedNoticeInspector.SectionOrder)
        {
            html.Append("<tr><th scope=\"row\">").Append(section).Append("</th><td>").Append(RenderedNoticeInspector.Expected(section, fixture.Explanation) ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")).Append("</td>");
            foreach (var render in htmlRenders)
            {
                var count = render.Sections.Count(s => s == section);
                html.Append("<td>").Append(count == 0 ? (nl ? "nee" : "no") : count == 1 ? (nl ? "ja" : "yes") : (nl ? $"ja, {count} keer" : $"yes, {count} times")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<div class=\"side\">\n");
        foreach (var render in htmlRenders)
        {
            var text = renders.FirstOrDefault(r => r.Language == render.Language && r.Channel == TemplateChannel.Txt);
            html.Append("<div>\n<h3>").Append(E(render.TemplateId)).Append("</h3>\n<iframe title=\"").Append(nl ? "Melding " : "Notice ").Append(E(render.Language)).Append(nl ? " voor voorbeeld " : " for fixture ").Append(E(fixture.Name))
                .Append("\" srcdoc=\"").Append(E(render.Text)).Append("\"></iframe>\n");
            if (text is not null)
            {
                html.Append("<details>\n<summary>").Append(nl ? "Platte tekst: " : "Plain text: ").Append(E(text.TemplateId)).Append("</summary>\n<pre lang=\"").Append(E(text.Language)).Append("\">").Append(E(text.Text)).Append("</pre>\n</details>\n");
            }

            PdfPages(html, render, nl);

            html.Append("</div>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    /// <summary>
    /// The PDF's pages, one figure each. The picture is hidden from screen readers: its words are the notice's, which
    /// the frame above already gives in reading order; the caption says which page it is.
    /// </summary>
    private static void PdfPages(StringBuilder html, RenderedFixture render, bool nl)
    {
        var count = render.PdfPages.Count;
        if (count == 0)
        {
            return;
        }

        html.Append("<h4>").Append(nl ? "Pdf: " : "PDF: ").Append(count).Append(nl ? (count == 1 ? " pagina" : " pagina's") : (count == 1 ? " page" : " pages")).Append("</h4>\n<div class=\"pages\">\n");
        for (var i = 0; i < count; i++)
        {
            html.Append("<figure>\n").Append(render.PdfPages[i]).Append("\n<figcaption>").Append(nl ? "Pagina " : "Page ").Append(i + 1).Append(nl ? " van " : " of ").Append(count)
                .Append(nl ? " van de pdf van " : " of the PDF of ").Append(E(render.TemplateId)).Append("</figcaption>\n</figure>\n");
        }

        html.Append("</div>\n");
    }

    private const string FindingsNl = "Wat de controle vond";
    private const string FindingsEn = "Check findings";
    private const string TemplatesNl = "Sjablonen en wat veranderde sinds de goedkeuring";
    private const string TemplatesEn = "Templates and changes since approval";

    private static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum => Events.EnumWireNames.NameOf(value);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
