using System.Text.Json;
using Kenbaarheid.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Registry;

/// <summary>
/// Takes a snapshot of the register entries of some organisations and makes it current: for each org_id, the
/// organisation's details (its name, which the search filters on, and the versions it published), then every search
/// page for that name, then each listed entry the search did not return. All or nothing: if any request fails the
/// pointer stays where it was, and <c>last-sync.json</c> says why. The CLI's <c>registry sync</c> and the function
/// app's timer call this.
/// </summary>
public sealed class RegistrySynchronizer
{
    private readonly AlgoritmeregisterClient _client;
    private readonly RegistrySnapshotWriter _writer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public RegistrySynchronizer(AlgoritmeregisterClient client, IRegistrySnapshotStore store, TimeProvider? time = null, ILogger<RegistrySynchronizer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(store);
        _client = client;
        _writer = new RegistrySnapshotWriter(store);
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Syncs the organisations' entries into a new snapshot and moves <c>current.json</c> to it.
    /// Throws <see cref="RegisterRequestException"/> when the register fails (after retries) or does not know an
    /// organisation, and <see cref="IOException"/> when the snapshot cannot be written; in both cases nothing changed
    /// for the readers.
    /// </summary>
    public async Task<RegistrySyncResult> SyncAsync(IReadOnlyList<string> orgIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orgIds);
        var wrong = orgIds.Where(id => !OrgId.IsValid(id)).ToList();
        if (orgIds.Count == 0 || wrong.Count > 0)
        {
            throw new ArgumentException(
                orgIds.Count == 0
                    ? "Name at least one organisation (org_id) to sync."
                    : $"Not an org_id such as gm0344 or zb000117: {string.Join(", ", wrong)}.",
                nameof(orgIds));
        }

        var attemptedAt = _time.GetUtcNow();
        _logger.SyncStarted(orgIds.Count, _client.BaseAddress);
        try
        {
            var organisations = new List<OrganisationDetails>();
            var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var orgId in orgIds.Distinct(StringComparer.Ordinal))
            {
                organisations.Add(await CollectAsync(orgId, records, cancellationToken).ConfigureAwait(false));
            }

            var manifest = await _writer.WriteAsync(records.Values, organisations, attemptedAt, _client.BaseAddress, _client.Language, cancellationToken).ConfigureAwait(false);
            await _writer.WriteStatusAsync(new RegistrySyncStatus(attemptedAt, true, manifest.SnapshotId, null), cancellationToken).ConfigureAwait(false);
            _logger.SyncSucceeded(manifest.SnapshotId, manifest.EntryCount);
            return new RegistrySyncResult(manifest.SnapshotId, manifest.TakenAt, manifest.EntryCount, manifest.Organisations);
        }
        catch (Exception exception) when (exception is RegisterRequestException or IOException or UnauthorizedAccessException)
        {
            _logger.SyncFailed(exception.Message, exception);
            await TryWriteFailureAsync(attemptedAt, exception.Message).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<OrganisationDetails> CollectAsync(string orgId, Dictionary<string, JsonElement> records, CancellationToken cancellationToken)
    {
        var organisation = await _client.GetOrganisationAsync(orgId, cancellationToken).ConfigureAwait(false)
            ?? throw new RegisterRequestException($"The register does not know organisation '{orgId}' (organisation-details answered 404). Check the org_id.");

        // The search filters on the name, which two organisations could share: keep only this organisation's records.
        await foreach (var record in _client.SearchAllAsync(new RegisterSearchQuery(Organisation: organisation.Name), cancellationToken).ConfigureAwait(false))
        {
            var recordOrg = Text(record, "org_id");
            if ((recordOrg ?? orgId) == orgId && Text(record, "lars") is { } lars)
            {
                Keep(records, lars, record);
            }
        }

        foreach (var listed in organisation.AlgorithmVersions)
        {
            if (Text(listed, "lars") is { } lars && !records.ContainsKey(lars)
                && await _client.GetAlgorithmAsync(lars, cancellationToken).ConfigureAwait(false) is { } record)
            {
                Keep(records, lars, record);
            }
        }

        return organisation;
    }

    /// <summary>The newest version wins when the register returns an entry twice.</summary>
    private static void Keep(Dictionary<string, JsonElement> records, string lars, JsonElement record)
    {
        if (!records.TryGetValue(lars, out var known) || string.CompareOrdinal(Text(record, "create_dt"), Text(known, "create_dt")) > 0)
        {
            records[lars] = record;
        }
    }

    private async Task TryWriteFailureAsync(DateTimeOffset attemptedAt, string reason)
    {
        try
        {
            await _writer.WriteStatusAsync(new RegistrySyncStatus(attemptedAt, false, null, reason), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The sync's own failure is what the caller must hear about; a store that cannot take the status is logged with it.
            _logger.SyncFailed($"Also could not record the failure in {RegistrySnapshotLayout.LastSync}: {exception.Message}", exception);
        }
    }

    private static string? Text(JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
