using System.Globalization;
using Kenbaarheid.Tooling.Templates.Checking;
using Kenbaarheid.Tooling.Templates.Readability;

namespace Kenbaarheid.Cli.Templates;

/// <summary>
/// Prints a check: each template with its status, the findings (one line each, template file:line [fixture] rule
/// message), and the readability table per language and section over all fixtures, then each fixture's whole notice.
/// </summary>
internal static class CheckReportWriter
{
    public static async Task WriteAsync(TemplateCheckReport report, TextWriter output)
    {
        foreach (var template in report.Templates)
        {
            await output.WriteLineAsync($"template  {template.Id,-16} version {template.Version,-7} {template.Status.ToString().ToLowerInvariant(),-8} sha256 {template.Sha256[..12]}…").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"{report.Fixtures.Count} fixture(s): {string.Join(", ", report.Fixtures.Select(f => f.Name))}").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Readability (all fixtures; notice = as the citizen reads it, own = the templates' own sentences):").ConfigureAwait(false);
        await output.WriteLineAsync($"  {"lang",-4} {"section",-16} {"scope",-6} {"score",6} {"words/sentence",15} {"long words",11} {"sentences",10}").ConfigureAwait(false);
        foreach (var m in report.Measurements
            .Where(m => m.Fixture == TemplateCheckReport.AllFixtures && m.Figures.Sentences > 0)
            .OrderBy(m => m.Language, StringComparer.Ordinal)
            .ThenBy(m => m.Section == ReadabilityMeasurement.WholeNotice ? 0 : 1)
            .ThenBy(m => SectionIndex(m.Section))
            .ThenBy(m => m.Scope))
        {
            await output.WriteLineAsync(Row(m)).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Readability per fixture (whole notice):").ConfigureAwait(false);
        foreach (var m in report.Measurements
            .Where(m => m.Fixture != TemplateCheckReport.AllFixtures && m.Section == ReadabilityMeasurement.WholeNotice)
            .OrderBy(m => m.Language, StringComparer.Ordinal).ThenBy(m => m.Fixture, StringComparer.Ordinal).ThenBy(m => m.Scope))
        {
            await output.WriteLineAsync($"  {m.Language,-4} {m.Fixture,-40} {Scope(m.Scope),-6} {F(m.Figures.Score),6} {F(m.Figures.AverageSentenceWords),15} {P(m.Figures.LongWordShare),11}").ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        foreach (var finding in report.Findings)
        {
            await output.WriteLineAsync(finding.ToString()).ConfigureAwait(false);
        }

        await output.WriteLineAsync(report.Passed
            ? $"Check passed: {report.Templates.Count} template(s), {report.Fixtures.Count} fixture(s), no findings."
            : $"Check failed: {report.Findings.Count} finding(s).").ConfigureAwait(false);
    }

    private static string Row(ReadabilityMeasurement m) =>
        $"  {m.Language,-4} {m.Section,-16} {Scope(m.Scope),-6} {F(m.Figures.Score),6} {F(m.Figures.AverageSentenceWords),15} {P(m.Figures.LongWordShare),11} {m.Figures.Sentences,10}";

    private static int SectionIndex(string section)
    {
        var index = RenderedNoticeInspector.SectionOrder.ToList().IndexOf(section);
        return index < 0 ? int.MaxValue : index;
    }

    private static string Scope(ReadabilityScope scope) => scope == ReadabilityScope.Notice ? "notice" : "own";

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string P(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
