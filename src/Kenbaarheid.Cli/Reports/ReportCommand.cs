using System.CommandLine;
using Kenbaarheid.Cli.Storage;
using Kenbaarheid.Registry;
using Kenbaarheid.Storage;
using Kenbaarheid.Tooling.Compliance;

namespace Kenbaarheid.Cli.Reports;

/// <summary><c>kenbaarheid report compliance</c>: per agency and algorithm, what happened and what to fix in the register.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store")
        {
            Description = StoreLocation.Description + " Default: out.",
            DefaultValueFactory = _ => "out",
        };
        var output = new Option<string>("--out")
        {
            Description = "The report file: .html for people, .json for dashboards.",
            Required = true,
        };
        var registry = new Option<string?>("--registry")
        {
            Description = "Also check the register itself: a registry sync folder, record files or a site-data dump. Lists the gaps of every entry of the agencies, used in a decision or not.",
        };

        var language = ReportOptions.Language();
        var since = ReportOptions.Date("--since", "Only decisions dated on or after this day (yyyy-MM-dd), by their decision date. Default: from the first.");
        var until = ReportOptions.Date("--until", "Only decisions dated on or before this day (yyyy-MM-dd), inclusive, by their decision date. Default: up to the last.");

        var compliance = new Command(
            "compliance",
            "Per agency and per algorithm: decisions seen, notices issued, rejections and flags by code with what to do, charts per week and per algorithm, "
            + "and the register fields to fill in with what to write. Dutch unless --lang en. "
            + "Exit code 0: written; 1: the store, the register or the report file could not be used; 2: wrong usage.")
        {
            store, output, registry, language, since, until,
        };
        compliance.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(store),
            parse.GetRequiredValue(output),
            parse.GetValue(registry),
            parse.GetRequiredValue(language),
            parse.GetValue(since),
            parse.GetValue(until),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));

        return new Command("report", "Reports over the notices written.") { compliance };
    }

    private static async Task<int> RunAsync(string storePath, string outputPath, string? registryPath, string languageText, string? since, string? until, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (language, languageProblem) = ReportOptions.ParseLanguage(languageText);
        var (period, periodProblem) = ReportOptions.ParsePeriod(since, until);
        if ((languageProblem ?? periodProblem) is { } usage)
        {
            await error.WriteLineAsync(usage).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var format = Path.GetExtension(outputPath).ToUpperInvariant();
        if (format is not (".HTML" or ".HTM" or ".JSON"))
        {
            await error.WriteLineAsync($"--out '{outputPath}' must end in .html or .json; the extension chooses the format.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (registryPath is not null && !File.Exists(registryPath) && !Directory.Exists(registryPath))
        {
            await error.WriteLineAsync($"Not found: --registry '{registryPath}'.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (StoreLocation.Open(storePath, out var problem) is not { } store)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            var registry = registryPath is null ? null : await RegistrySnapshotLoader.LoadAsync(registryPath, cancellationToken).ConfigureAwait(false);
            var report = await ComplianceReportBuilder.BuildAsync(store, registry, period, cancellationToken).ConfigureAwait(false);
            var bytes = format == ".JSON"
                ? ComplianceReportJsonWriter.Serialize(report)
                : System.Text.Encoding.UTF8.GetBytes(ComplianceReportHtmlWriter.Write(report, language));
            var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(outputPath, bytes, cancellationToken).ConfigureAwait(false);

            var gaps = report.Agencies.Sum(a => a.Algorithms.Sum(g => g.Gaps.Count));
            await output.WriteLineAsync($"{report.Agencies.Count} agenc{(report.Agencies.Count == 1 ? "y" : "ies")}, {report.Agencies.Sum(a => a.Algorithms.Count)} algorithm(s), {gaps} register field(s) to fill in. Report: {Path.GetFullPath(outputPath)}").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or NoticeStoreUnavailableException)
        {
            await error.WriteLineAsync($"Cannot write the report: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.SystemFailure;
        }
    }
}
