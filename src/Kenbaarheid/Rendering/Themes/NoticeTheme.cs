namespace Kenbaarheid.Rendering.Themes;

/// <summary>
/// An agency's house style for its HTML notices: NL Design System design tokens, the CSS custom properties the
/// notice's component CSS reads. A theme holds only tokens, so it can change colours, fonts and spacing but never
/// hide, move or add a part of a notice; and only the tokens a notice reads are kept, so each notice stays one small
/// standalone file. Styling is not wording: a theme needs no legal approval, and the templates' approval hash does not
/// cover it. The browser tests prove each shipped theme in Chromium (every section visible, in order, WCAG AA contrast).
/// </summary>
public sealed class NoticeTheme
{
    public const string DefaultName = "rijkshuisstijl";

    private static readonly Lazy<NoticeTheme> Default = new(() =>
        Parse(DefaultName, ComponentStylesheet.Resource($"{DefaultName}.css")));

    private NoticeTheme(string name, string tokens)
    {
        Name = name;
        Tokens = tokens;
    }

    /// <summary>The default: the Rijkshuisstijl-community design tokens (<c>@rijkshuisstijl-community/design-tokens</c>).</summary>
    public static NoticeTheme Rijkshuisstijl => Default.Value;

    /// <summary>Where the theme came from: <see cref="DefaultName"/> or the file an agency profile names.</summary>
    public string Name { get; }

    /// <summary>The tokens a notice reads, as one <c>:root { … }</c> rule.</summary>
    public string Tokens { get; }

    /// <summary>Reads a tokens file; <see cref="InvalidDataException"/> says which line breaks which rule.</summary>
    public static NoticeTheme Parse(string name, string css) =>
        new(name, ThemeSanitizer.Sanitize(css, ComponentStylesheet.Tokens));

    public static async Task<NoticeTheme> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The theme file '{path}' does not exist.", path);
        }

        if (info.Length > ThemeSanitizer.MaxBytes)
        {
            throw new InvalidDataException($"The theme file '{path}' is {info.Length / 1024} kB; a tokens file is at most {ThemeSanitizer.MaxBytes / 1024} kB.");
        }

        return Parse(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
    }

    public override string ToString() => Name;
}
