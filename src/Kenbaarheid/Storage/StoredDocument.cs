namespace Kenbaarheid.Storage;

/// <summary>One file to store: its path below the store's root (forward slashes), content type and bytes.</summary>
public sealed record StoredDocument(string Path, string ContentType, ReadOnlyMemory<byte> Content);
