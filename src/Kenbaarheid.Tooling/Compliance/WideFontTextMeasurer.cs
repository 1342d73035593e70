using OxyPlot;

namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// OxyPlot's own text metrics (those of its PDF writer, the same on every machine) made half again as wide, so labels and the
/// legend keep their room when the reader's browser draws the text in a wider font than Arial (DejaVu Sans on Linux).
/// Measuring never touches the machine's fonts, which keeps the SVG byte-identical across machines.
/// </summary>
internal sealed class WideFontTextMeasurer(double width, double height) : PdfRenderContext(width, height, OxyColors.White)
{
    private const double Widening = 1.5;

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        var size = base.MeasureText(text, fontFamily, fontSize, fontWeight);
        return new OxySize(size.Width * Widening, size.Height);
    }
}
