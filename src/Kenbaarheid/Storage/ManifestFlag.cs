using Kenbaarheid.Explanation;

namespace Kenbaarheid.Storage;

/// <summary>A compliance flag as the manifest lists it.</summary>
public sealed record ManifestFlag(string Code, FlagSeverity Severity, string Message);
