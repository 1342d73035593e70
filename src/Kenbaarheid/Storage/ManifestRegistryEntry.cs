namespace Kenbaarheid.Storage;

/// <summary>The register entry a notice used for one algorithm (or that it found none), with the entry's hash.</summary>
public sealed record ManifestRegistryEntry(string Lars, bool Found, string? PublicationCategory, string? EntrySha256);
