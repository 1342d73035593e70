using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// The font programs the PDFs embed, made once per process rather than once per PDF: cutting a subset out of a
/// 600 KB face and compressing it cost more than the rest of a PDF. Every PDF embeds the same subset of each face:
/// the characters Dutch and English notices are written in (Basic Latin, Latin-1, Latin Extended-A, typographic
/// quotes and dashes, the euro sign). A notice with a character beyond it (a Greek or Cyrillic name in event text,
/// the replacement mark) gets that subset plus its extra glyphs, kept for the next notice with the same extras. A
/// subset's tag derives from its glyphs, so a PDF's bytes depend only on what it shows.
/// </summary>
internal static class FontSubsets
{
    private const int MostExtendedSubsets = 256;

    private static readonly int[] Repertoire =
    [
        .. Enumerable.Range(0x20, 0x7F - 0x20),
        .. Enumerable.Range(0xA0, 0x180 - 0xA0),
        .. Enumerable.Range(0x2010, 0x2028 - 0x2010),
        0x2030, 0x2039, 0x203A, 0x20AC, 0x2122,
    ];

    private static readonly ConcurrentDictionary<NoticeFontFace, FontSubset> Common = new();
    private static readonly ConcurrentDictionary<(NoticeFontFace Face, string Extra), FontSubset> Extended = new();

    /// <summary>The subset that holds every glyph in <paramref name="used"/> (glyph id and the character it was drawn for).</summary>
    public static FontSubset For(NoticeFontFace face, IReadOnlyList<(ushort Glyph, int Character)> used)
    {
        var common = Common.GetOrAdd(face, f => Make(f, Repertoire.Where(c => f.Glyph(c) != 0).Select(c => (f.Glyph(c), c))));
        var extra = used.Where(u => !common.Characters.ContainsKey(u.Glyph)).ToList();
        if (extra.Count == 0)
        {
            return common;
        }

        var key = (face, string.Join(',', extra.Select(e => e.Glyph)));
        if (Extended.TryGetValue(key, out var subset))
        {
            return subset;
        }

        subset = Make(face, common.Characters.Select(c => (c.Key, c.Value)).Concat(extra));
        if (Extended.Count < MostExtendedSubsets)
        {
            Extended.TryAdd(key, subset);
        }

        return subset;
    }

    /// <summary>
    /// A ToUnicode CMap (ISO 32000-1, 9.10.3): for each glyph id, the character it shows, so text can be extracted and
    /// read aloud.
    /// </summary>
    public static byte[] ToUnicode(IEnumerable<(ushort Glyph, int Character)> glyphs)
    {
        var map = new StringBuilder("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n"
            + "/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        foreach (var chunk in glyphs.OrderBy(g => g.Glyph).Chunk(100))
        {
            map.Append(chunk.Length).Append(" beginbfchar\n");
            foreach (var (glyph, character) in chunk)
            {
                map.Append('<').Append(glyph.ToString("X4", CultureInfo.InvariantCulture)).Append("><")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(character)))).Append(">\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return PdfFileWriter.Deflate(Encoding.ASCII.GetBytes(map.ToString()), CompressionLevel.SmallestSize);
    }

    private static FontSubset Make(NoticeFontFace face, IEnumerable<(ushort Glyph, int Character)> glyphs)
    {
        // A glyph that shows several characters (a space and a no-break space) stands for the first.
        var characters = new SortedDictionary<ushort, int>();
        foreach (var (glyph, character) in glyphs)
        {
            characters.TryAdd(glyph, character);
        }

        var program = face.Subset(characters.Keys);
        var hash = SHA256.HashData(program);
        var tag = string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
        return new FontSubset(face, tag, PdfFileWriter.Deflate(program, CompressionLevel.SmallestSize), program.Length, characters,
            ToUnicode(characters.Select(c => (c.Key, c.Value))));
    }
}
