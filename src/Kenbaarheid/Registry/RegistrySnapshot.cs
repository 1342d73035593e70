namespace Kenbaarheid.Registry;

/// <summary>
/// The register entries the pipeline knows at one moment, by lars. <see cref="TakenOn"/> dates the snapshot
/// for the notice's traceability: the newest entry date it holds, since no wall-clock value may enter a notice.
/// </summary>
public sealed class RegistrySnapshot : IRegistrySnapshotSource
{
    private readonly Dictionary<string, RegisterRecord> _records;

    public RegistrySnapshot(IEnumerable<RegisterRecord> records, IReadOnlyDictionary<string, string>? organisationNames = null)
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
        var newest = _records.Values.Max(r => r.CreatedAt);
        TakenOn = newest is null ? null : DateOnly.FromDateTime(newest.Value.UtcDateTime);
    }

    public DateOnly? TakenOn { get; }

    /// <summary>A loaded snapshot is a source that never changes.</summary>
    RegistrySnapshot IRegistrySnapshotSource.Current => this;

    public int Count => _records.Count;

    public IReadOnlyDictionary<string, string> OrganisationNames { get; }

    public RegisterRecord? Find(string lars) => _records.GetValueOrDefault(lars);
}
