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
    // The file grows in a pooled buffer: a notice's PDF is 60–100 KB, and a fresh buffer that size would be cleared
    // for every PDF and, above 85 KB, land on the large object heap.
    private byte[] _file = ArrayPool<byte>.Shared.Rent(128 * 1024);
    private int _length;
    private readonly List<int> _offsets = [0];

    public PdfFileWriter()
    {
        // The second line's bytes above 127 tell file tools the file is binary.
        Ascii("%PDF-1.7\n");
        Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    /// <summary>Takes the next object number; the object itself may be written later, in any order.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    public void Object(int number, StringBuilder dictionary)
    {
        Begin(number);
        Latin1(dictionary);
        Ascii("\nendobj\n");
    }

    public void Object(int number, string body)
    {
        Begin(number);
        Ascii(body);
        Ascii("\nendobj\n");
    }

    /// <summary>An uncompressed stream object: <paramref name="entries"/> are its dictionary's entries besides <c>/Length</c>.</summary>
    public void Stream(int number, string entries, ReadOnlySpan<byte> data) => StreamOf(number, entries, data);

    /// <summary>An uncompressed stream of text whose characters are bytes (page content), with no entries besides <c>/Length</c>.</summary>
    public void Stream(int number, StringBuilder content)
    {
        Begin(number);
        Ascii("<</Length " + content.Length.ToString(CultureInfo.InvariantCulture) + ">>\nstream\n");
        Latin1(content);
        Ascii("\nendstream\nendobj\n");
    }

    /// <summary>A stream whose bytes are already Flate compressed (a cached font program).</summary>
    public void CompressedStream(int number, string entries, ReadOnlySpan<byte> compressed) =>
        StreamOf(number, entries + "/Filter/FlateDecode", compressed);

    /// <summary>Writes the cross-reference table and the trailer and returns the file.</summary>
    public byte[] Finish(int catalog, int info, ReadOnlySpan<byte> id)
    {
        var xref = _length;
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
        var file = _file.AsSpan(0, _length).ToArray();
        ArrayPool<byte>.Shared.Return(_file);
        _file = [];
        return file;
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
    public static string Number(double value)
    {
        Span<char> text = stackalloc char[24];
        return new string(text[..Number(value, text)]);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="Number(double)"/> does into <paramref name="text"/> and returns the
    /// length: done by hand, as the page content holds thousands of coordinates and a format string cost a tenth of a PDF.
    /// </summary>
    public static int Number(double value, Span<char> text)
    {
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        var length = 0;
        if (thousandths < 0)
        {
            text[length++] = '-';
            thousandths = -thousandths;
        }

        var whole = thousandths / 1000;
        var fraction = (int)(thousandths % 1000);
        whole.TryFormat(text[length..], out var digits, default, CultureInfo.InvariantCulture);
        length += digits;
        if (fraction != 0)
        {
            text[length++] = '.';
            text[length++] = (char)('0' + (fraction / 100));
            if (fraction % 100 != 0)
            {
                text[length++] = (char)('0' + (fraction / 10 % 10));
                if (fraction % 10 != 0)
                {
                    text[length++] = (char)('0' + (fraction % 10));
                }
            }
        }

        return length;
    }

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
        Write(content);
        Ascii("\nendstream\nendobj\n");
    }

    private void Begin(int number)
    {
        _offsets[number] = _length;
        Ascii(number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
    }

    private void Latin1(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            Room(chunk.Length);
            _length += Encoding.Latin1.GetBytes(chunk.Span, _file.AsSpan(_length));
        }
    }

    private void Ascii(string text)
    {
        Room(text.Length);
        _length += Encoding.Latin1.GetBytes(text, _file.AsSpan(_length));
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        Room(bytes.Length);
        bytes.CopyTo(_file.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Room(int bytes)
    {
        if (_length + bytes > _file.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_file.Length * 2, _length + bytes));
            _file.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_file);
            _file = larger;
        }
    }
}
