namespace Kenbaarheid.Storage;

/// <summary>The program and version that wrote a notice set.</summary>
public sealed record ManifestGenerator(string Name, string Version);
