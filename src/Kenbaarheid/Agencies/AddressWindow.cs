namespace Kenbaarheid.Agencies;

/// <summary>
/// The address window of the agency's envelope, in millimetres from the top left of an A4 sheet: the PDF notice keeps
/// it empty on page 1. The default covers the common Dutch window envelopes (a window of up to 100 × 50 mm, 20 mm from
/// the left and 40 mm from the top).
/// </summary>
public sealed record AddressWindow(double Left = 20, double Top = 40, double Width = 100, double Height = 50)
{
    public static AddressWindow Default { get; } = new();
}
