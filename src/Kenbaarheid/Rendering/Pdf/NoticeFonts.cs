using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// The one typeface of every PDF notice: Noto Sans (SIL Open Font License, <c>Fonts/OFL.txt</c>), regular and bold,
/// shipped inside this assembly so nothing is read from the machine's font folders. PDFsharp takes one font resolver
/// per process and keeps what it loads, so the font files are read and parsed once per process, not per notice.
/// </summary>
internal sealed class NoticeFonts : IFontResolver
{
    public const string Family = "Noto Sans";

    /// <summary>How the faces' PostScript names start in a PDF, after the subset tag.</summary>
    public const string FontNamePrefix = "Noto";
    private const string Regular = "NotoSans-Regular";
    private const string Bold = "NotoSans-Bold";

    private static readonly Lock Gate = new();
    private static bool _registered;

    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal)
    {
        [Regular] = Read(Regular),
        [Bold] = Read(Bold),
    };

    private NoticeFonts()
    {
    }

    /// <summary>
    /// Registers the resolver the first time a PDF is made in this process. PDFsharp allows one resolver per process;
    /// another one set before (a host that makes PDFs of its own) would not know Noto Sans, so that is refused.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is { } other && other is not NoticeFonts)
            {
                throw new InvalidOperationException($"PDFsharp already has the font resolver {other.GetType().FullName}; notices need {nameof(NoticeFonts)}, which serves the embedded Noto Sans.");
            }

            GlobalFontSettings.FontResolver ??= new NoticeFonts();
            _registered = true;
        }
    }

    /// <summary>Bold text gets the bold face; italics are not used by the templates' restricted HTML.</summary>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.Ordinal) ? new FontResolverInfo(bold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;

    public static XFont Create(double size, bool bold) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));

    private static byte[] Read(string face)
    {
        using var stream = typeof(NoticeFonts).Assembly.GetManifestResourceStream($"Kenbaarheid.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face}.ttf is not embedded in {typeof(NoticeFonts).Assembly.GetName().Name}.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
