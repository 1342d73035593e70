using System.Globalization;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Records legal's approval of a template's current sources: status approved, the sha256, the approving role and
/// the date, and a new minor version when the sources differ from the last approval. Writes the approved copy
/// (<c>approved/{id}.txt</c>) first and the manifest last, so a failed write never leaves an approval without its copy.
/// </summary>
public sealed partial class TemplateApprover(TimeProvider time)
{
    public const string FirstVersion = "1.0.0";

    public async Task<TemplateApproval> ApproveAsync(string folder, string id, string role, CancellationToken cancellationToken = default)
    {
        if (!RoleName().IsMatch(role))
        {
            throw new ArgumentException(
                $"'{role}' is not a role. Approvals name a role, never a person: lower-case words joined by hyphens, at most 40 characters, "
                + "such as 'juridisch-adviseur' or 'privacy-officer'. Who held the role on that date is the agency's own record.",
                nameof(role));
        }

        var templates = await TemplateSetLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
        var template = templates.All.FirstOrDefault(t => t.Id == id)
            ?? throw new ArgumentException(
                $"There is no template '{id}'. Templates: {string.Join(", ", templates.All.Select(t => t.Id).Order(StringComparer.Ordinal))}.",
                nameof(id));

        var manifest = await TemplateManifest.ReadAsync(folder, cancellationToken).ConfigureAwait(false);
        var previous = manifest.Find(id);
        var unchanged = previous is { Status: TemplateStatus.Approved } && previous.Sha256 == template.Sha256;
        var version = previous is null ? FirstVersion : unchanged ? previous.Version : NextMinor(previous.Version, id);
        var approvedAt = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var approval = new TemplateApproval(id, version, TemplateStatus.Approved, template.Sha256, role, approvedAt);

        var copy = new ApprovedSources(id, version, template.Sha256, role, approvedAt, template.Sources);
        Directory.CreateDirectory(Path.Combine(folder, ApprovedSources.FolderName));
        await File.WriteAllTextAsync(ApprovedSources.PathFor(folder, id), copy.Format(), cancellationToken).ConfigureAwait(false);
        await manifest.With(approval).WriteAsync(folder, cancellationToken).ConfigureAwait(false);
        return approval;
    }

    private static string NextMinor(string version, string id)
    {
        var parts = version.Split('.');
        if (parts.Length != 3 || !parts.All(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new TemplateException($"Template '{id}' has version '{version}' in {TemplateManifest.FileName}; versions are major.minor.patch, such as 1.2.0.");
        }

        var minor = int.Parse(parts[1], CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{parts[0]}.{minor}.0");
    }

    [GeneratedRegex("^(?=.{2,40}$)[a-z]+(?:-[a-z]+)*$")]
    private static partial Regex RoleName();
}
