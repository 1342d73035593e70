namespace Kenbaarheid.Rendering;

/// <summary>The forms a notice takes: an HTML page and plain text for letters and e-mail.</summary>
public enum TemplateChannel
{
    Html,
    Txt,
}
