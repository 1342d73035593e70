namespace Kenbaarheid.Rendering;

/// <summary>One file of a notice set, ready to store.</summary>
public sealed record RenderedDocument(string Name, string ContentType, ReadOnlyMemory<byte> Content);
