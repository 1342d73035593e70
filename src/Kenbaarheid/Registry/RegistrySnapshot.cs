namespace Kenbaarheid.Registry;

/// <summary>
/// The register entries the pipeline knows at one moment, by lars. <see cref="TakenOn"/> dates the snapshot for the
/// notice's traceability: the day a synced snapshot was taken, else the newest entry date it holds, since no
/// wall-clock value may enter a notice. <see cref="Id"/> names a synced snapshot; null for records read from files.
/// </summary>
public sealed class RegistrySnapshot : IRegistrySnapshotSource
{
    private readonly Dictionary<string, RegisterRecord> _records;

    public RegistrySnapshot(
        IEnumerable<RegisterRecord> records,
        IReadOnlyDictionary<string, string>? organisationNames = null,
        string? id = null,
        DateTimeOffset? takenAt = null)
    {
        _records = new Dictionary<string, RegisterRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            // A dump holds every published version of an entry; the newest one is the register's current word.
            if (!_records.TryGetValue(record.Lars, out var known) || (record.CreatedAt ?? DateTimeOffset.MinValue) > (known.CreatedAt ?? DateTimeOffset.MinValue))
            {
                _records[record.Lars] = record;
            }
        }

        OrganisationNames = organisationNames ?? new Dictionary<string, string>();
        Id = id;
        TakenAt = takenAt;
        var newest = takenAt ?? _records.Values.Max(r => r.CreatedAt);
        TakenOn = newest is null ? null : DateOnly.FromDateTime(newest.Value.UtcDateTime);
    }

    /// <summary>The synced snapshot's id (<c>snapshots/{id}</c>), recorded in every notice manifest; null for records read from files.</summary>
    public string? Id { get; }

    /// <summary>When a synced snapshot was taken; null for records read from files.</summary>
    public DateTimeOffset? TakenAt { get; }

    public DateOnly? TakenOn { get; }

    /// <summary>Every entry, the newest version of each.</summary>
    public IEnumerable<RegisterRecord> Records => _records.Values;

    /// <summary>A loaded snapshot is a source that never changes.</summary>
    RegistrySnapshot IRegistrySnapshotSource.Current => this;

    public int Count => _records.Count;

    public IReadOnlyDictionary<string, string> OrganisationNames { get; }

    public RegisterRecord? Find(string lars) => _records.GetValueOrDefault(lars);
}
