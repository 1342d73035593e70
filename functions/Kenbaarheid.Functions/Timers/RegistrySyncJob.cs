using Kenbaarheid.Registry;

namespace Kenbaarheid.Functions.Timers;

/// <summary>
/// The <c>SyncRegistry</c> timer's work: sync the organisations' register entries into a new snapshot, then have this
/// instance serve it at once. Other instances pick it up at their next refresh.
/// </summary>
public sealed class RegistrySyncJob(RegistrySynchronizer synchronizer, IReadOnlyList<string> organisationIds, RefreshingRegistrySnapshotSource source, string location)
{
    public IReadOnlyList<string> OrganisationIds => organisationIds;

    /// <summary>Where the snapshots go, for messages.</summary>
    public string Location => location;

    /// <summary>Throws <see cref="RegisterRequestException"/> or <see cref="IOException"/> when the sync fails; the current snapshot then stays.</summary>
    public async Task<RegistrySyncResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = await synchronizer.SyncAsync(organisationIds, cancellationToken).ConfigureAwait(false);
        await source.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
