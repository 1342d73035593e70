using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// The file format of a PDF (ISO 32000-1, chapter 7), as much as a notice needs: numbered objects, streams (Flate
/// compressed or not), the cross-reference table and the trailer. What the objects say is the caller's business; this
/// class writes dictionaries it is handed as text, and text strings so that any reader gets them back exactly.
/// </summary>
internal sealed class PdfFileWriter
{
    private readonly ArrayBufferWriter<byte> _file = new(64 * 1024);
    private readonly List<int> _offsets = [0];

    public PdfFileWriter()
    {
        // The second line's bytes above 127 tell file tools the file is binary.
        Ascii("%PDF-1.7\n");
        _file.Write<byte>([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    /// <summary>Takes the next object number; the object itself may be written later, in any order.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    public void Object(int number, StringBuilder dictionary) => Object(number, dictionary.ToString());

    public void Object(int number, string body)
    {
        Begin(number);
        Ascii(body);
        Ascii("\nendobj\n");
    }

    /// <summary>A stream object: <paramref name="entries"/> are its dictionary's entries besides <c>/Length</c> and <c>/Filter</c>.</summary>
    public void Stream(int number, string entries, ReadOnlySpan<byte> data, bool compress)
    {
        var content = compress ? Deflate(data, CompressionLevel.Fastest) : data;
        StreamOf(number, entries + (compress ? "/Filter/FlateDecode" : string.Empty), content);
    }

    /// <summary>A stream whose bytes are already Flate compressed (a cached font program).</summary>
    public void CompressedStream(int number, string entries, ReadOnlySpan<byte> compressed) =>
        StreamOf(number, entries + "/Filter/FlateDecode", compressed);

    /// <summary>Writes the cross-reference table and the trailer and returns the file.</summary>
    public byte[] Finish(int catalog, int info, ReadOnlySpan<byte> id)
    {
        var xref = _file.WrittenCount;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(_offsets.Count).Append("\n0000000000 65535 f \n");
        for (var number = 1; number < _offsets.Count; number++)
        {
            if (_offsets[number] < 0)
            {
                throw new InvalidOperationException($"PDF object {number} was reserved but never written.");
            }

            table.Append(_offsets[number].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        var hex = Convert.ToHexString(id);
        table.Append("trailer\n<</Size ").Append(_offsets.Count).Append("/Root ").Append(catalog).Append(" 0 R/Info ").Append(info)
            .Append(" 0 R/ID[<").Append(hex).Append("><").Append(hex).Append(">]>>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        Ascii(table.ToString());
        return _file.WrittenSpan.ToArray();
    }

    public static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var compressed = new MemoryStream(data.Length / 2);
        using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    /// <summary>A number as PDF writes it: invariant, at most three decimals, no exponent.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// A text string (a title, alternate text, a language): a literal string when it is printable ASCII, otherwise
    /// UTF-16 with its byte order mark, in hexadecimal, so every character survives whatever the reader's encoding.
    /// </summary>
    public static string Text(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A byte string of ASCII such as a web address: non-ASCII bytes of UTF-8 as octal escapes.</summary>
    public static string Bytes(string value)
    {
        var text = new StringBuilder("(");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                text.Append('\\').Append((char)b);
            }
            else if (b is < 32 or > 126)
            {
                text.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            }
            else
            {
                text.Append((char)b);
            }
        }

        return text.Append(')').ToString();
    }

    private void StreamOf(int number, string entries, ReadOnlySpan<byte> content)
    {
        Begin(number);
        Ascii("<<" + entries + "/Length " + content.Length.ToString(CultureInfo.InvariantCulture) + ">>\nstream\n");
        _file.Write(content);
        Ascii("\nendstream\nendobj\n");
    }

    private void Begin(int number)
    {
        _offsets[number] = _file.WrittenCount;
        Ascii(number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
    }

    private void Ascii(string text)
    {
        Encoding.Latin1.GetBytes(text, _file.GetSpan(text.Length));
        _file.Advance(text.Length);
    }
}
