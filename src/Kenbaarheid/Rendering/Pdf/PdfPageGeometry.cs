using Kenbaarheid.Agencies;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Where text may go on an A4 page, in points: the margins, and on the first page the envelope's address window,
/// which stays empty so nothing of the notice shows through it.
/// </summary>
internal sealed record PdfPageGeometry(double Width, double Height, double Left, double Right, double Top, double Bottom, double FirstPageTop, double FooterBaseline)
{
    /// <summary>The size of the page line's type, in points.</summary>
    public const double PageLineSize = 8.5;

    /// <summary>The colour of link text, as the HTML notice's style sheet has it.</summary>
    public const string LinkColour = "#0b4ea2";

    private const double PointsPerMillimetre = 72 / 25.4;

    public double BodyWidth => Width - Left - Right;

    public static PdfPageGeometry For(AddressWindow window)
    {
        double Mm(double millimetres) => millimetres * PointsPerMillimetre;

        // A4; 20 mm at the sides and top, 22 mm at the foot, where the page line sits; page 1 starts 6 mm under the window.
        return new PdfPageGeometry(
            Width: Mm(210),
            Height: Mm(297),
            Left: Mm(20),
            Right: Mm(20),
            Top: Mm(20),
            Bottom: Mm(22),
            FirstPageTop: Math.Max(Mm(20), Mm(window.Top + window.Height + 6)),
            FooterBaseline: Mm(297 - 12));
    }

    public static double ToPoints(double millimetres) => millimetres * PointsPerMillimetre;
}
