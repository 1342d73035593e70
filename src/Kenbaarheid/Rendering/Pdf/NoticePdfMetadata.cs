using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// What a PDF notice says about itself, with nothing from the clock or a random source, so a notice's PDF is
/// byte-identical on every run: the dates are the event's time (as <c>generatedAt</c>), in UTC, and the file and XMP
/// ids derive from the notice id and language. The XMP packet carries the PDF/UA identification (<c>pdfuaid:part</c>).
/// </summary>
internal static class NoticePdfMetadata
{
    public const string Producer = "Kenbaarheid";

    /// <summary>The trailer's <c>/ID</c>: 16 bytes from the notice id and language.</summary>
    public static byte[] DocumentId(PdfNoticeFacts facts) => Seed(facts, "document")[..16];

    public static string Info(string title, PdfNoticeFacts facts) =>
        $"<</Title {PdfFileWriter.Text(title)}/Creator({Producer})/Producer({Producer})/CreationDate({PdfDate(facts.GeneratedAt)})>>";

    public static string Xmp(string title, string language, PdfNoticeFacts facts)
    {
        var date = facts.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var documentId = new Guid(Seed(facts, "xmp-document")[..16]);
        var instanceId = new Guid(Seed(facts, "xmp-instance")[..16]);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>{Producer}</pdf:Producer></rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(title)}</rdf:li></rdf:Alt></dc:title><dc:language><rdf:Bag><rdf:li>{Escape(language)}</rdf:li></rdf:Bag></dc:language></rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreatorTool>{Producer}</xmp:CreatorTool><xmp:CreateDate>{date}</xmp:CreateDate><xmp:ModifyDate>{date}</xmp:ModifyDate></rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"><xmpMM:DocumentID>uuid:{documentId}</xmpMM:DocumentID><xmpMM:InstanceID>uuid:{instanceId}</xmpMM:InstanceID></rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"
            + "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string PdfDate(DateTimeOffset time) =>
        "D:" + time.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    private static byte[] Seed(PdfNoticeFacts facts, string purpose) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{facts.NoticeId}\0{facts.Language}\0{purpose}"));
}
