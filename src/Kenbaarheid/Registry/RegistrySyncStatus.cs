namespace Kenbaarheid.Registry;

/// <summary>
/// <c>last-sync.json</c>: how the last sync attempt ended. A failed attempt leaves <c>current.json</c> alone; this
/// file is how a reader of the snapshots learns that the register was unreachable and the snapshot it serves is older.
/// </summary>
public sealed record RegistrySyncStatus(DateTimeOffset AttemptedAt, bool Succeeded, string? SnapshotId, string? Error);
