namespace Kenbaarheid.Rendering;

/// <summary>Which template, at which version and with which exact sources, produced a document.</summary>
public sealed record TemplateReference(string Id, string Version, string Sha256);
