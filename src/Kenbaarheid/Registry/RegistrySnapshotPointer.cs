namespace Kenbaarheid.Registry;

/// <summary><c>current.json</c>: the snapshot the pipeline should use.</summary>
public sealed record RegistrySnapshotPointer(string SnapshotId, DateTimeOffset TakenAt, string Folder);
