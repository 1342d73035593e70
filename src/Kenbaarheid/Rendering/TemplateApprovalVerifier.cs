namespace Kenbaarheid.Rendering;

/// <summary>
/// Production's promise to legal: exactly the approved text goes out. A template whose sources do not hash to the
/// sha256 its manifest entry approved is refused, with a message that names the template, both hashes and the files
/// that changed since the approval.
/// </summary>
internal static class TemplateApprovalVerifier
{
    /// <summary>Why each template that is not approved cannot be used in production; empty when all are approved.</summary>
    public static IReadOnlyList<string> Problems(TemplateSet templates) =>
        templates.All
            .Where(template => template.Status != TemplateStatus.Approved)
            .OrderBy(template => template.Id, StringComparer.Ordinal)
            .Select(Describe)
            .ToList();

    public static void Verify(TemplateSet templates)
    {
        var problems = Problems(templates);
        if (problems.Count > 0)
        {
            throw new TemplateException(
                "Production rendering uses approved templates only. "
                + string.Join(" ", problems)
                + " Review the changes (kenbaarheid templates review), approve them (kenbaarheid templates approve <id> --by <role>), or render drafts with --preview.");
        }
    }

    private static string Describe(NoticeTemplate template)
    {
        switch (template.Approval)
        {
            case null:
                return $"Template '{template.Id}' has no entry in {TemplateManifest.FileName}; it was never approved (sha256 {template.Sha256}).";
            case { Status: TemplateStatus.Draft }:
                return $"Template '{template.Id}' is marked draft in {TemplateManifest.FileName} (sha256 {template.Sha256}).";
        }

        var approval = template.Approval;
        var changed = template.LastApproved is { IsIntact: true } copy && copy.Sha256 == approval.Sha256
            ? $" Changed since approval: {string.Join(", ", template.ChangedSinceApproval())}."
            : $" The changed files are not known: {ApprovedSources.FolderName}/{template.Id}.txt is missing or does not match the approved hash.";
        return $"Template '{template.Id}' (version {approval.Version}, approved by {approval.ApprovedBy} on {approval.ApprovedAt:yyyy-MM-dd}) has changed: "
            + $"expected sha256 {approval.Sha256}, actual {template.Sha256}.{changed}";
    }
}
