using System.Buffers.Binary;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// One TrueType face of the shipped Noto Sans, read once per process: which glyph shows a character (<c>cmap</c>), how
/// wide each glyph is (<c>hmtx</c>), the metrics a PDF font descriptor states, and a subset of the font program that
/// keeps only chosen glyphs. The subset keeps every glyph its original id, so the PDF can address glyphs by the ids
/// measured here (an Identity-H font with an identity CID-to-glyph map) and the glyphs left out cost nothing but a
/// four-byte place in <c>loca</c> and <c>hmtx</c>, up to the highest id kept.
/// </summary>
internal sealed class NoticeFontFace
{
    // The tables a TrueType font program in a PDF needs (ISO 32000-1, 9.9: the CMap, name and post tables are not used).
    private static readonly string[] SubsetTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    private readonly byte[] _font;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = [];
    private readonly ushort[] _bmp = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _astral = [];
    private readonly ushort[] _advances;
    private readonly short[] _leftBearings;
    private readonly int[] _glyphOffsets;

    public NoticeFontFace(string postScriptName, byte[] font)
    {
        PostScriptName = postScriptName;
        _font = font;
        int tables = U16(4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            _tables[System.Text.Encoding.ASCII.GetString(font, record, 4)] = ((int)U32(record + 8), (int)U32(record + 12));
        }

        var head = Table("head").Offset;
        UnitsPerEm = U16(head + 18);
        BoundingBox = [Scale(S16(head + 36)), Scale(S16(head + 38)), Scale(S16(head + 40)), Scale(S16(head + 42))];
        var longOffsets = S16(head + 50) == 1;
        var hhea = Table("hhea").Offset;
        Ascent = Scale(S16(hhea + 4));
        Descent = Scale(S16(hhea + 6));
        int longMetrics = U16(hhea + 34);
        GlyphCount = U16(Table("maxp").Offset + 4);
        var os2 = Table("OS/2").Offset;
        CapHeight = Scale(S16(os2 + 88));
        XHeight = Scale(S16(os2 + 86));

        _advances = new ushort[GlyphCount];
        _leftBearings = new short[GlyphCount];
        var hmtx = Table("hmtx").Offset;
        for (var glyph = 0; glyph < GlyphCount; glyph++)
        {
            _advances[glyph] = glyph < longMetrics ? U16(hmtx + (4 * glyph)) : _advances[longMetrics - 1];
            _leftBearings[glyph] = glyph < longMetrics ? S16(hmtx + (4 * glyph) + 2) : S16(hmtx + (4 * longMetrics) + (2 * (glyph - longMetrics)));
        }

        _glyphOffsets = new int[GlyphCount + 1];
        var loca = Table("loca").Offset;
        for (var glyph = 0; glyph <= GlyphCount; glyph++)
        {
            _glyphOffsets[glyph] = longOffsets ? (int)U32(loca + (4 * glyph)) : 2 * U16(loca + (2 * glyph));
        }

        ReadCharacterMap();
    }

    /// <summary>The face's PostScript name, as the PDF names the font after its subset tag.</summary>
    public string PostScriptName { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>The metrics of the font descriptor, in thousandths of the type size.</summary>
    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public int XHeight { get; }

    public int[] BoundingBox { get; }

    /// <summary>The glyph that shows <paramref name="codePoint"/>, or 0 (<c>.notdef</c>, an empty box) when the face has none.</summary>
    public ushort Glyph(int codePoint) =>
        codePoint < 0x10000 ? _bmp[codePoint] : _astral.GetValueOrDefault(codePoint);

    /// <summary>A glyph's advance in font units (<see cref="UnitsPerEm"/> to the em).</summary>
    public int Advance(ushort glyph) => _advances[glyph];

    /// <summary>A glyph's advance in thousandths of the type size, as a PDF font's <c>/W</c> array states it.</summary>
    public int PdfWidth(ushort glyph) => Scale(_advances[glyph]);

    /// <summary>
    /// The font program with only <paramref name="glyphs"/> (and the glyphs they are composed of, and <c>.notdef</c>),
    /// every glyph at its original id; ids above the highest kept are cut off.
    /// </summary>
    public byte[] Subset(IEnumerable<ushort> glyphs)
    {
        var kept = new SortedSet<ushort>(glyphs) { 0 };
        foreach (var glyph in kept.ToList())
        {
            AddComponents(glyph, kept);
        }

        var count = kept.Max + 1;
        var glyf = new List<byte>();
        var loca = new byte[4 * (count + 1)];
        var hmtx = new byte[4 * count];
        for (var glyph = 0; glyph < count; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * glyph), (uint)glyf.Count);
            if (kept.Contains((ushort)glyph))
            {
                // Glyphs left out keep zero metrics: the PDF's /W array gives the widths of what it draws.
                BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * glyph), _advances[glyph]);
                BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((4 * glyph) + 2), _leftBearings[glyph]);
                glyf.AddRange(_font.AsSpan(Table("glyf").Offset + _glyphOffsets[glyph], _glyphOffsets[glyph + 1] - _glyphOffsets[glyph]).ToArray());
                while (glyf.Count % 4 != 0)
                {
                    glyf.Add(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * count), (uint)glyf.Count);
        var head = TableBytes("head");
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        var hhea = TableBytes("hhea");
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)count);
        var maxp = TableBytes("maxp");
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = [.. glyf],
            ["head"] = head,
            ["hhea"] = hhea,
            ["hmtx"] = hmtx,
            ["loca"] = loca,
            ["maxp"] = maxp,
        };
        foreach (var tag in SubsetTables.Where(tag => !tables.ContainsKey(tag) && _tables.ContainsKey(tag)))
        {
            tables[tag] = TableBytes(tag);
        }

        var font = Assemble(tables);

        // head.checkSumAdjustment makes the whole file's checksum 0xB1B0AFBA.
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(HeadOffset(font) + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private void AddComponents(ushort glyph, SortedSet<ushort> kept)
    {
        var start = Table("glyf").Offset + _glyphOffsets[glyph];
        if (_glyphOffsets[glyph + 1] == _glyphOffsets[glyph] || S16(start) >= 0)
        {
            return;
        }

        // A composite glyph (an accented letter: the letter and the accent): each component and its arguments.
        var at = start + 10;
        ushort flags;
        do
        {
            flags = U16(at);
            var component = U16(at + 2);
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if (kept.Add(component))
            {
                AddComponents(component, kept);
            }
        }
        while ((flags & 0x0020) != 0);
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var size = 12 + (16 * count) + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((count - power) * 16));
        var record = 12;
        var offset = 12 + (16 * count);
        foreach (var (tag, data) in tables)
        {
            System.Text.Encoding.ASCII.GetBytes(tag, font.AsSpan(record));
            data.CopyTo(font, offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(font.AsSpan(offset, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            record += 16;
            offset += (data.Length + 3) & ~3;
        }

        return font;
    }

    private static int HeadOffset(byte[] font)
    {
        for (var record = 12; ; record += 16)
        {
            if (font.AsSpan(record, 4).SequenceEqual("head"u8))
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            }
        }
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 3 < data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }

    /// <summary>Reads the Unicode character map: format 12 (all of Unicode) when the face has it, else format 4 (the BMP).</summary>
    private void ReadCharacterMap()
    {
        var cmap = Table("cmap").Offset;
        int subtables = U16(cmap + 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap + 4 + (8 * i);
            var (platform, encoding) = (U16(record), U16(record + 2));
            var at = cmap + (int)U32(record + 4);
            var format = U16(at);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            {
                format12 = at;
            }
            else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            {
                format4 = at;
            }
        }

        if (format12 is { } table12)
        {
            var groups = U32(table12 + 12);
            for (var g = 0; g < groups; g++)
            {
                var group = table12 + 16 + (12 * g);
                var (first, last, glyph) = ((int)U32(group), (int)U32(group + 4), (int)U32(group + 8));
                for (var c = first; c <= last; c++)
                {
                    Map(c, (ushort)(glyph + c - first));
                }
            }
        }
        else if (format4 is { } table4)
        {
            var segments = U16(table4 + 6) / 2;
            var ends = table4 + 14;
            var starts = ends + (2 * segments) + 2;
            var deltas = starts + (2 * segments);
            var rangeOffsets = deltas + (2 * segments);
            for (var s = 0; s < segments; s++)
            {
                int start = U16(starts + (2 * s)), end = U16(ends + (2 * s));
                var delta = S16(deltas + (2 * s));
                int rangeOffset = U16(rangeOffsets + (2 * s));
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    var glyph = rangeOffset == 0 ? (c + delta) & 0xFFFF : U16(rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)));
                    Map(c, (ushort)(glyph != 0 && rangeOffset != 0 ? (glyph + delta) & 0xFFFF : glyph));
                }
            }
        }
        else
        {
            throw new InvalidDataException($"{PostScriptName} has no Unicode character map.");
        }

        void Map(int codePoint, ushort glyph)
        {
            if (codePoint < 0x10000)
            {
                _bmp[codePoint] = glyph;
            }
            else
            {
                _astral[codePoint] = glyph;
            }
        }
    }

    private (int Offset, int Length) Table(string tag) =>
        _tables.TryGetValue(tag, out var table) ? table : throw new InvalidDataException($"{PostScriptName} has no '{tag}' table.");

    private byte[] TableBytes(string tag)
    {
        var (offset, length) = Table(tag);
        return _font.AsSpan(offset, length).ToArray();
    }

    private int Scale(int units) => (int)Math.Round(units * 1000.0 / UnitsPerEm);

    private ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at));

    private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(at));

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(at));
}
