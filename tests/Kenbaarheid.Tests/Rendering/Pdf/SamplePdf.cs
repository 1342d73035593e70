namespace Kenbaarheid.Tests.Rendering.Pdf;

/// <summary>One sample notice's PDF in one language, with the HTML and text of the same notice.</summary>
public sealed record SamplePdf(string Name, string Language, string DecisionId, byte[] Pdf, string Html, string Text);
