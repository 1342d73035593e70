namespace Kenbaarheid.Rendering;

/// <summary>
/// One notice template with its partials, as read from <c>templates/</c>. <see cref="Sha256"/> covers the
/// template and every partial it can use (<see cref="Sources"/>, by path), so a changed word anywhere changes the
/// hash. <see cref="Approval"/> is its manifest entry, <see cref="LastApproved"/> the copy of the sources legal
/// last approved; either may be missing for a new template.
/// </summary>
public sealed record NoticeTemplate(
    string Id,
    string Language,
    TemplateChannel Channel,
    string Sha256,
    string Source,
    IReadOnlyDictionary<string, string> Partials,
    IReadOnlyDictionary<string, string> Sources,
    TemplateApproval? Approval,
    ApprovedSources? LastApproved)
{
    /// <summary>The version legal approved; a template never approved is at 0.0.0.</summary>
    public string Version => Approval?.Version ?? "0.0.0";

    /// <summary>Approved only while the manifest says so and the sources still hash to what was approved.</summary>
    public TemplateStatus Status =>
        Approval is { Status: TemplateStatus.Approved } approval && string.Equals(approval.Sha256, Sha256, StringComparison.Ordinal)
            ? TemplateStatus.Approved
            : TemplateStatus.Draft;

    public TemplateReference Reference => new(Id, Version, Sha256, Status);

    /// <summary>The source files that differ from the last approved copy (added, removed or changed), by path.</summary>
    public IReadOnlyList<string> ChangedSinceApproval()
    {
        if (LastApproved is null)
        {
            return Sources.Keys.Order(StringComparer.Ordinal).ToList();
        }

        return Sources.Keys.Union(LastApproved.Sources.Keys)
            .Where(path => !Sources.TryGetValue(path, out var now)
                || !LastApproved.Sources.TryGetValue(path, out var then)
                || !string.Equals(now, then, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
