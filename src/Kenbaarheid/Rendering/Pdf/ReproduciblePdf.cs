using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Makes a PDF from PDFsharp 6.2.4 byte-identical on every run: PDFsharp stamps the clock and fresh GUIDs into the
/// document information, link annotations, the XMP metadata and the subset font names. The dates become the event's
/// time and every id derives from the notice id and language. Its XMP also lacks the PDF/UA identification
/// (<c>pdfuaid:part</c>), so the packet is written anew here; it is written over PDFsharp's in place, padded to the
/// same length, so no offset in the file moves.
/// </summary>
internal static partial class ReproduciblePdf
{
    public static void Prepare(PdfDocument document, PdfNoticeFacts facts)
    {
        document.Info.Creator = "Kenbaarheid";
        document.Info.Elements["/CreationDate"] = new PdfString(PdfDate(facts.GeneratedAt));
        var id = Encoding.Latin1.GetString(Seed(facts, "document")[..16]);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    /// <summary>Removes the creation time and random name PDFsharp gives every annotation (both optional in PDF).</summary>
    public static void Settle(PdfAnnotation annotation)
    {
        annotation.Elements.Remove(PdfAnnotation.Keys.NM);
        annotation.Elements.Remove(PdfAnnotation.Keys.M);
    }

    public static byte[] Finish(byte[] pdf, string title, string language, PdfNoticeFacts facts)
    {
        var text = Encoding.Latin1.GetString(pdf);

        // Subset names: six random capitals before "+"; the same font keeps one name throughout the file.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, match =>
        {
            if (!names.TryGetValue(match.Groups[1].Value, out var tag))
            {
                var seed = Seed(facts, $"font{names.Count}");
                tag = string.Concat(seed.Take(6).Select(b => (char)('A' + (b % 26))));
                names[match.Groups[1].Value] = tag;
            }

            return "/" + tag + "+";
        });

        var begin = text.IndexOf("<?xpacket begin=", StringComparison.Ordinal);
        const string End = "<?xpacket end=\"w\"?>";
        var end = text.IndexOf(End, begin + 1, StringComparison.Ordinal);
        if (begin < 0 || end < 0)
        {
            throw new InvalidOperationException("PDFsharp wrote no XMP metadata packet; the PDF cannot be marked as PDF/UA.");
        }

        var producer = ProducerValue().Match(text) is { Success: true } p ? p.Groups[1].Value : "PDFsharp";
        var packet = Xmp(title, language, producer, facts);
        var room = end - begin;
        var packetBytes = Encoding.UTF8.GetByteCount(packet);
        if (packetBytes > room)
        {
            throw new InvalidOperationException($"The XMP metadata ({packetBytes} bytes) does not fit in the {room} bytes PDFsharp left for it.");
        }

        // XMP allows white space as padding before the closing processing instruction.
        var bytes = Encoding.Latin1.GetBytes(text);
        var replacement = Encoding.UTF8.GetBytes(packet + new string(' ', room - packetBytes));
        replacement.CopyTo(bytes, begin);
        return bytes;
    }

    private static string Xmp(string title, string language, string producer, PdfNoticeFacts facts)
    {
        var date = facts.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var documentId = new Guid(Seed(facts, "xmp-document")[..16]);
        var instanceId = new Guid(Seed(facts, "xmp-instance")[..16]);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>{Escape(producer)}</pdf:Producer></rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(title)}</rdf:li></rdf:Alt></dc:title><dc:language><rdf:Bag><rdf:li>{Escape(language)}</rdf:li></rdf:Bag></dc:language></rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreatorTool>Kenbaarheid</xmp:CreatorTool><xmp:CreateDate>{date}</xmp:CreateDate><xmp:ModifyDate>{date}</xmp:ModifyDate></rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"><xmpMM:DocumentID>uuid:{documentId}</xmpMM:DocumentID><xmpMM:InstanceID>uuid:{instanceId}</xmpMM:InstanceID></rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"
            + "</rdf:RDF></x:xmpmeta>\n";
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string PdfDate(DateTimeOffset time) =>
        "D:" + time.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    private static byte[] Seed(PdfNoticeFacts facts, string purpose) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{facts.NoticeId}\0{facts.Language}\0{purpose}"));

    [GeneratedRegex(@"/([A-Z]{6})\+(?=" + NoticeFonts.FontNamePrefix + ")")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"<pdf:Producer>([^<]*)</pdf:Producer>")]
    private static partial Regex ProducerValue();
}
