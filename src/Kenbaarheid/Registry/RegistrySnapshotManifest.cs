namespace Kenbaarheid.Registry;

/// <summary><c>snapshot.json</c>: what a snapshot holds and where it came from; written after its entries, before the pointer moves.</summary>
internal sealed record RegistrySnapshotManifest(
    string SnapshotId,
    DateTimeOffset TakenAt,
    Uri Source,
    string Language,
    IReadOnlyList<RegistrySnapshotOrganisation> Organisations,
    int EntryCount,
    IReadOnlyList<RegistrySnapshotEntry> Entries);
