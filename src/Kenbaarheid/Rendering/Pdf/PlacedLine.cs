namespace Kenbaarheid.Rendering.Pdf;

/// <summary>One laid-out line: its page (from 0), its baseline from the page's top, its fragments left to right.</summary>
internal sealed record PlacedLine(int Page, double Baseline, double Height, IReadOnlyList<PlacedFragment> Fragments);
