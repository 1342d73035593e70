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

    public static double Width(ReadOnlySpan<char> text, NoticeFont font) => Measure(text, font, out _);

    /// <summary>
    /// The width of <paramref name="text"/>, and whether the face has a glyph of its own for every character of it
    /// (control characters aside, as in <see cref="CanShow"/>).
    /// </summary>
    public static double Measure(ReadOnlySpan<char> text, NoticeFont font, out bool complete)
    {
        var face = font.Face;
        long units = 0;
        complete = true;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = face.Glyph(rune.Value);
            if (glyph == 0)
            {
                complete &= Rune.IsControl(rune);
                glyph = face.Glyph(NoticeFonts.Replacement);
            }

            units += face.Advance(glyph);
        }

        return units * font.Size / face.UnitsPerEm;
    }

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
