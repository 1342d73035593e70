namespace Kenbaarheid.Registry;

/// <summary>How often <see cref="RefreshingRegistrySnapshotSource"/> looks for a newer snapshot, and when it warns.</summary>
public sealed class RefreshingRegistrySnapshotSourceOptions
{
    public const string SectionName = "RegistrySnapshots";

    /// <summary>The least time between two reads of <c>current.json</c>. Default 60 seconds.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A snapshot older than this is reported in the log at every refresh: the sync has not produced a newer one.
    /// Default 26 hours, a daily sync with room to spare.
    /// </summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(26);

    public void Validate()
    {
        if (RefreshInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("Invalid register snapshot options: RefreshInterval must be positive.");
        }

        if (StaleAfter <= TimeSpan.Zero)
        {
            throw new ArgumentException("Invalid register snapshot options: StaleAfter must be positive.");
        }
    }
}
