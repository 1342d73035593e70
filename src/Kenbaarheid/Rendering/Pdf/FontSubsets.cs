using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// The font programs the PDFs embed, made once per process rather than once per PDF: cutting a subset out of a
/// 600 KB face and compressing it cost more than the rest of a PDF. Every PDF embeds the same subset of each face:
/// the characters Dutch and English notices are written in (Basic Latin, Latin-1, Latin Extended-A, typographic
/// quotes and dashes, the euro sign). A notice with a character beyond it (a Greek or Cyrillic name in event text)
/// gets that subset plus its extra glyphs, kept for the next notice with the same extras. A subset's tag derives
/// from its glyphs, so a PDF's bytes depend only on what it shows.
/// </summary>
internal static class FontSubsets
{
    private const int MostExtraSubsets = 256;

    private static readonly int[] Repertoire =
    [
        .. Enumerable.Range(0x20, 0x7F - 0x20),
        .. Enumerable.Range(0xA0, 0x180 - 0xA0),
        .. Enumerable.Range(0x2010, 0x2028 - 0x2010),
        0x2030, 0x2039, 0x203A, 0x20AC, 0x2122,
    ];

    private static readonly ConcurrentDictionary<NoticeFontFace, FontSubset> Common = new();
    private static readonly ConcurrentDictionary<(NoticeFontFace Face, string Extra), FontSubset> Extended = new();

    /// <summary>The subset that holds every glyph in <paramref name="used"/>.</summary>
    public static FontSubset For(NoticeFontFace face, IEnumerable<ushort> used)
    {
        var common = Common.GetOrAdd(face, f => Make(f, Repertoire.Select(f.Glyph).Where(g => g != 0)));
        var extra = used.Where(g => !common.Glyphs.Contains(g)).Order().ToList();
        if (extra.Count == 0)
        {
            return common;
        }

        var key = (face, string.Join(',', extra));
        if (Extended.TryGetValue(key, out var subset))
        {
            return subset;
        }

        subset = Make(face, common.Glyphs.Concat(extra));
        if (Extended.Count < MostExtraSubsets)
        {
            Extended.TryAdd(key, subset);
        }

        return subset;
    }

    private static FontSubset Make(NoticeFontFace face, IEnumerable<ushort> glyphs)
    {
        var kept = glyphs.ToHashSet();
        var program = face.Subset(kept);
        var hash = SHA256.HashData(program);
        var tag = string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
        return new FontSubset(face, tag, PdfFileWriter.Deflate(program, CompressionLevel.SmallestSize), program.Length, kept);
    }
}
