namespace Kenbaarheid.Rendering;

/// <summary>
/// One template's entry in <c>templates/manifest.json</c>: its version, the sha256 of the sources legal approved,
/// the status, and who approved it (a role such as <c>juridisch-adviseur</c>, never a person's name) and when.
/// </summary>
public sealed record TemplateApproval(
    string Id,
    string Version,
    TemplateStatus Status,
    string? Sha256,
    string? ApprovedBy,
    DateOnly? ApprovedAt);
