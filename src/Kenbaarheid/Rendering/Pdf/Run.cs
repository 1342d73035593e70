namespace Kenbaarheid.Rendering.Pdf;

/// <summary>A piece of inline text from the HTML with what it looks like and means: bold, a link, a language.</summary>
internal sealed record Run(string Text, bool Bold, string? Href, string? Lang);
