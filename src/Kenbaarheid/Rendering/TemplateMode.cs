namespace Kenbaarheid.Rendering;

/// <summary>
/// How the pipeline treats templates that are not approved. <see cref="Production"/> (the default everywhere)
/// refuses them; <see cref="Preview"/> renders them for their authors, with a draft banner on every document.
/// </summary>
public enum TemplateMode
{
    Production,
    Preview,
}
