namespace Kenbaarheid.Rendering;

/// <summary>The notice templates the pipeline renders with, by language and channel.</summary>
public sealed class TemplateSet
{
    private readonly Dictionary<(string Language, TemplateChannel Channel), NoticeTemplate> _templates;

    public TemplateSet(IEnumerable<NoticeTemplate> templates)
    {
        _templates = templates.ToDictionary(t => (t.Language, t.Channel));
    }

    public IReadOnlyCollection<NoticeTemplate> All => _templates.Values;

    public IReadOnlySet<string> Languages => _templates.Keys.Select(k => k.Language).ToHashSet();

    public NoticeTemplate Get(string language, TemplateChannel channel) =>
        _templates.TryGetValue((language, channel), out var template)
            ? template
            : throw new TemplateException($"There is no {channel.ToString().ToLowerInvariant()} template for language '{language}'.");
}
