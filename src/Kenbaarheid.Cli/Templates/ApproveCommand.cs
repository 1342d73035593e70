using System.CommandLine;
using Kenbaarheid.Rendering;
using Kenbaarheid.Tooling.Templates.Checking;

namespace Kenbaarheid.Cli.Templates;

/// <summary>
/// <c>kenbaarheid templates approve &lt;id&gt; --by &lt;role&gt;</c>: records legal's approval of a template's current
/// sources. Refuses a template that fails the check: an approval vouches for text that is known to render correctly.
/// </summary>
internal static class ApproveCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Template id, e.g. notice.nl.html (see templates check)." };
        var by = new Option<string>("--by")
        {
            Description = "The approving role, never a person's name: lower-case words joined by hyphens, e.g. juridisch-adviseur.",
            Required = true,
        };
        var templates = TemplatesFolderOption.Create();
        var command = new Command(
            "approve",
            "Approve a template's current sources: sets status approved, the sha256, approvedBy (a role) and approvedAt (today), raises the minor "
            + "version when the sources changed, and keeps a copy in approved/{id}.txt for later diffs. Refuses a template that fails templates check. "
            + "Exit code 0: approved; 3: the template fails the check; 2: unknown template or a --by that is not a role; 1: the folder cannot be read or written.")
        {
            id, by, templates,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folder = parse.GetRequiredValue(templates);
            var templateId = parse.GetRequiredValue(id);
            try
            {
                var report = await new TemplateChecker().CheckAsync(folder, cancellationToken: cancellationToken).ConfigureAwait(false);
                var blocking = report.Findings.Where(f => f.Template == templateId || f.Template == "(fixtures)").ToList();
                if (blocking.Count > 0)
                {
                    foreach (var finding in blocking)
                    {
                        await error.WriteLineAsync(finding.ToString()).ConfigureAwait(false);
                    }

                    await error.WriteLineAsync($"Not approved: '{templateId}' fails templates check ({blocking.Count} finding(s)).").ConfigureAwait(false);
                    return ExitCodes.CheckFailed;
                }

                var approval = await new TemplateApprover(TimeProvider.System).ApproveAsync(folder, templateId, parse.GetRequiredValue(by), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"approved  {approval.Id}  version {approval.Version}  sha256 {approval.Sha256}  by {approval.ApprovedBy} on {approval.ApprovedAt:yyyy-MM-dd}").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (ArgumentException exception)
            {
                await error.WriteLineAsync(exception.Message.Split(" (Parameter", 2)[0]).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or TemplateException)
            {
                await error.WriteLineAsync($"Cannot approve: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.SystemFailure;
            }
        });
        return command;
    }
}
