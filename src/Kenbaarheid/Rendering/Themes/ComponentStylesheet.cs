using System.Text.RegularExpressions;

namespace Kenbaarheid.Rendering.Themes;

/// <summary>
/// The NL Design System component CSS every HTML notice carries (the <c>utrecht-*</c> classes of
/// <c>@utrecht/component-library-css</c>, vendored by <c>vendor.mjs</c>), and the design tokens it reads: the only
/// custom properties a theme's file contributes to a notice.
/// </summary>
internal static partial class ComponentStylesheet
{
    public static string Css { get; } = Resource("nl-design-system.css");

    /// <summary>Every custom property the component CSS reads through <c>var()</c>.</summary>
    public static IReadOnlySet<string> Tokens { get; } = TokensReadBy(Css);

    public static IReadOnlySet<string> TokensReadBy(string css) =>
        VarReference().Matches(css).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A stylesheet shipped in this assembly (Rendering/Themes/*.css).</summary>
    public static string Resource(string fileName)
    {
        using var stream = typeof(ComponentStylesheet).Assembly.GetManifestResourceStream($"Kenbaarheid.Themes.{fileName}")
            ?? throw new InvalidOperationException($"The stylesheet '{fileName}' is not embedded in {typeof(ComponentStylesheet).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    [GeneratedRegex(@"var\(\s*(--[A-Za-z0-9_-]+)")]
    private static partial Regex VarReference();
}
