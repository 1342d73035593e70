namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// The one typeface of every PDF notice: Noto Sans (SIL Open Font License, <c>Fonts/OFL.txt</c>), regular and bold,
/// shipped inside this assembly so nothing is read from the machine's font folders. Each face is read and parsed once
/// per process.
/// </summary>
internal static class NoticeFonts
{
    /// <summary>
    /// What a character the font has no glyph for is drawn as: the replacement character, a visible mark, rather than
    /// the empty <c>.notdef</c> box (or nothing) that PDF/UA forbids. See <see cref="LaidOutNotice.MissingCharacters"/>.
    /// </summary>
    public const char Replacement = '\uFFFD';

    private static readonly Lazy<NoticeFontFace> RegularFace = new(() => new NoticeFontFace("NotoSans-Regular", Read("NotoSans-Regular")));
    private static readonly Lazy<NoticeFontFace> BoldFace = new(() => new NoticeFontFace("NotoSans-Bold", Read("NotoSans-Bold")));

    public static NoticeFontFace Face(bool bold) => bold ? BoldFace.Value : RegularFace.Value;

    public static NoticeFont Create(double size, bool bold) => new(Face(bold), size, bold);

    private static byte[] Read(string face)
    {
        using var stream = typeof(NoticeFonts).Assembly.GetManifestResourceStream($"Kenbaarheid.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face}.ttf is not embedded in {typeof(NoticeFonts).Assembly.GetName().Name}.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
