namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// A run of words in one font on one line: what a single text-drawing operation writes. <see cref="Href"/> makes it
/// a link; <see cref="Lang"/> marks a language other than the block's (Dutch words in an English notice).
/// <see cref="Complete"/> is false when the font lacks a character of the text (see <see cref="TextMeasure.Measure"/>):
/// found while the words are measured, so nothing reads the text again to ask.
/// </summary>
internal sealed record PlacedFragment(string Text, NoticeFont Font, double X, double Width, string? Href, string? Lang, bool Complete);
