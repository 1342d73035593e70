using System.CommandLine;
using Kenbaarheid.Rendering;
using Kenbaarheid.Tooling.Templates.Checking;
using Kenbaarheid.Tooling.Templates.Review;

namespace Kenbaarheid.Cli.Templates;

/// <summary><c>kenbaarheid templates review --out review.html</c>: the self-contained report legal reviewers read before approving.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "The HTML file to write.",
            DefaultValueFactory = _ => "review.html",
        };
        var templates = TemplatesFolderOption.Create();
        var language = Reports.ReportOptions.Language();
        var command = new Command(
            "review",
            "Write one self-contained HTML report for legal reviewers: every template rendered for every fixture, Dutch and English side by side, "
            + "the checklist per notice, the readability figures, the check's findings and each template's diff against its last approved version. Dutch unless --lang en. "
            + "Exit code 0: written (findings are shown in the report); 1: the templates cannot be read or the file cannot be written; 2: wrong usage.")
        {
            output, templates, language,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(output);
            var (reportLanguage, problem) = Reports.ReportOptions.ParseLanguage(parse.GetRequiredValue(language));
            if (problem is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            try
            {
                var report = await new TemplateChecker().CheckAsync(parse.GetRequiredValue(templates), cancellationToken: cancellationToken).ConfigureAwait(false);
                var html = ReviewReportWriter.Write(report, reportLanguage);
                var folder = Path.GetDirectoryName(Path.GetFullPath(path));
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }

                await File.WriteAllTextAsync(path, html, cancellationToken).ConfigureAwait(false);
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"review    {Path.GetFullPath(path)}  {report.Templates.Count} template(s) × {report.Fixtures.Count} fixture(s), {report.Findings.Count} finding(s)").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or TemplateException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Cannot write the review: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.SystemFailure;
            }
        });
        return command;
    }
}
