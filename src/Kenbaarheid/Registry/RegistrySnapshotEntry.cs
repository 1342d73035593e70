namespace Kenbaarheid.Registry;

/// <summary>
/// One entry of a snapshot: its file (relative to the snapshot folder) and the sha256 of the file's bytes, which is also
/// the <see cref="RegisterRecord.EntrySha256"/> a notice's manifest records.
/// </summary>
internal sealed record RegistrySnapshotEntry(string Lars, string? OrgId, string File, string Sha256);
