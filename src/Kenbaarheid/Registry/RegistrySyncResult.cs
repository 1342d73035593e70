namespace Kenbaarheid.Registry;

/// <summary>What a successful sync made current.</summary>
public sealed record RegistrySyncResult(string SnapshotId, DateTimeOffset TakenAt, int EntryCount, IReadOnlyList<RegistrySnapshotOrganisation> Organisations);
