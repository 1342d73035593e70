namespace Kenbaarheid.Rendering;

/// <summary>
/// One notice template with its partials, as read from <c>templates/</c>. <see cref="Sha256"/> covers the
/// template and every partial it can use, so a changed word anywhere changes the hash.
/// </summary>
public sealed record NoticeTemplate(
    string Id,
    string Language,
    TemplateChannel Channel,
    string Version,
    string Sha256,
    string Source,
    IReadOnlyDictionary<string, string> Partials)
{
    public TemplateReference Reference => new(Id, Version, Sha256);
}
