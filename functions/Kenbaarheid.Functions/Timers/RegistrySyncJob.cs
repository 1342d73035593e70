using Kenbaarheid.Events;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Registry;
using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Timers;

/// <summary>
/// The <c>SyncRegistry</c> timer's work: sync the organisations' register entries into a new snapshot, then have this
/// instance serve it at once. Other instances pick it up at their next refresh.
/// </summary>
public sealed class RegistrySyncJob(
    RegistrySynchronizer synchronizer, IOptions<RegistrySyncOptions> options, LoadedConfiguration loaded, RefreshingRegistrySnapshotSource source, IRegistrySnapshotStore store)
{
    /// <summary>The configured org_ids, or else the org_id of every loaded agency profile.</summary>
    public IReadOnlyList<string> OrganisationIds { get; } = options.Value.OrganisationIds.Count > 0
        ? options.Value.OrganisationIds
        : loaded.Agencies.All.Select(agency => agency.Id).Where(OrgId.IsValid).ToList();

    /// <summary>Where the snapshots go, for messages.</summary>
    public string Location => store.Location;

    /// <summary>Throws <see cref="RegisterRequestException"/> or <see cref="IOException"/> when the sync fails; the current snapshot then stays.</summary>
    public async Task<RegistrySyncResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = await synchronizer.SyncAsync(OrganisationIds, cancellationToken).ConfigureAwait(false);
        await source.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
