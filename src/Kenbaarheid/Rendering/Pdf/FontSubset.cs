namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// A subset of a face's font program ready to embed: its six-letter subset tag, the Flate-compressed program and its
/// uncompressed length (<c>/Length1</c>), the glyphs it holds with the character each stands for, and the compressed
/// ToUnicode map of those characters, which any PDF that draws each glyph for that character can share.
/// </summary>
internal sealed record FontSubset(NoticeFontFace Face, string Tag, byte[] Compressed, int Length, IReadOnlyDictionary<ushort, int> Characters, byte[] ToUnicode)
{
    /// <summary>The font's name in the PDF: the subset tag, then the face's PostScript name.</summary>
    public string Name => Tag + "+" + Face.PostScriptName;
}
