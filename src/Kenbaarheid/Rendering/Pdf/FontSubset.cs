namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// A subset of a face's font program ready to embed: its six-letter subset tag, the Flate-compressed program and its
/// uncompressed length (<c>/Length1</c>), and the glyphs it holds.
/// </summary>
internal sealed record FontSubset(NoticeFontFace Face, string Tag, byte[] Compressed, int Length, IReadOnlySet<ushort> Glyphs)
{
    /// <summary>The font's name in the PDF: the subset tag, then the face's PostScript name.</summary>
    public string Name => Tag + "+" + Face.PostScriptName;
}
