namespace Kenbaarheid.Browser.Tests;

/// <summary>One page as pdf.js drew it: the PNG, its width and height in pixels, and the text pdf.js read from it.</summary>
internal sealed record RenderedPdfPage(string Png, int Width, int Height, string Text);
