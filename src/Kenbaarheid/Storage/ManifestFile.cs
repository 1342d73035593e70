namespace Kenbaarheid.Storage;

/// <summary>A document of the notice set, with its size and hash so a reader can check it arrived whole.</summary>
public sealed record ManifestFile(string Name, string ContentType, long Bytes, string Sha256);
