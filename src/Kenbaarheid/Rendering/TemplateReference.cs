namespace Kenbaarheid.Rendering;

/// <summary>Which template, at which version, with which exact sources and in which approval state, produced a document.</summary>
public sealed record TemplateReference(string Id, string Version, string Sha256, TemplateStatus Status);
