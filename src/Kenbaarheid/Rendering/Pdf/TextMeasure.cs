using System.Text;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Text widths for the layout, from the advance widths of the glyphs the PDF draws: the sum of the glyphs' advances,
/// no kerning (the PDF's text operators place glyph after glyph by those advances). A character the font lacks is
/// measured as the <see cref="NoticeFonts.Replacement"/> mark drawn in its place.
/// </summary>
internal static class TextMeasure
{
    public static NoticeFont Font(double size, bool bold) => NoticeFonts.Create(size, bold);

    public static double Width(ReadOnlySpan<char> text, NoticeFont font)
    {
        var face = font.Face;
        long units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += face.Advance(GlyphOf(face, rune.Value));
        }

        return units * font.Size / face.UnitsPerEm;
    }

    /// <summary>The glyph a character is drawn with: its own, or the replacement mark when the face has none.</summary>
    public static ushort GlyphOf(NoticeFontFace face, int codePoint) =>
        face.Glyph(codePoint) is var glyph && glyph != 0 ? glyph : face.Glyph(NoticeFonts.Replacement);

    /// <summary>Whether the face has a glyph of its own for every character of <paramref name="text"/>.</summary>
    public static bool CanShow(NoticeFontFace face, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (face.Glyph(rune.Value) == 0 && !Rune.IsControl(rune))
            {
                return false;
            }
        }

        return true;
    }
}
