namespace Kenbaarheid.Browser.Tests;

/// <summary>What pdf.js made of one PDF: its title and, per page, the PNG written, its size in pixels and its text.</summary>
internal sealed record RenderedPdf(string File, string? Title, IReadOnlyList<RenderedPdfPage> Pages);
