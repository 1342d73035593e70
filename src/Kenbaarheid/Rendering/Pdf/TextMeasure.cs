using PdfSharp.Drawing;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Text widths for the layout, with the fonts they are drawn in. One per thread, kept for the thread's life: PDFsharp's
/// measuring is not made for concurrent callers, and the same words (the templates' own) recur in every notice, so a
/// word's width is measured once and then looked up.
/// </summary>
internal sealed class TextMeasure
{
    [ThreadStatic]
    private static TextMeasure? _current;

    private readonly XGraphics _graphics = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(double Size, bool Bold), XFont> _fonts = [];
    private readonly Dictionary<(string Text, XFont Font), double> _widths = [];

    private TextMeasure()
    {
    }

    public static TextMeasure ForThisThread()
    {
        NoticeFonts.EnsureRegistered();
        return _current ??= new TextMeasure();
    }

    public XFont Font(double size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = NoticeFonts.Create(size, bold);
            _fonts[(size, bold)] = font;
        }

        return font;
    }

    public double Width(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!_widths.TryGetValue((text, font), out var width))
        {
            width = _graphics.MeasureString(text, font).Width;

            // Words recur; whole sentences of event text rarely do, so the cache keeps to words and stays small.
            if (text.Length <= 40 && _widths.Count < 50_000)
            {
                _widths[(text, font)] = width;
            }
        }

        return width;
    }
}
