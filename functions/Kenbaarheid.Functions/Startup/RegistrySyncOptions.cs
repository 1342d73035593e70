using Kenbaarheid.Events;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Functions.Startup;

/// <summary>
/// What the <c>SyncRegistry</c> timer syncs, in the section <c>Kenbaarheid:RegistrySync</c> (app settings
/// <c>Kenbaarheid__RegistrySync__…</c>). The register's address and timeouts are
/// <see cref="AlgoritmeregisterClientOptions"/> in <c>Kenbaarheid:Algoritmeregister</c>.
/// </summary>
public sealed class RegistrySyncOptions
{
    public const string SectionName = "Kenbaarheid:RegistrySync";

    /// <summary>
    /// The org_ids to sync, separated by commas or spaces. Default (empty): the org_id of every loaded agency profile,
    /// so a new agency's register entries are synced once its profile is uploaded.
    /// </summary>
    public string? Organisations { get; set; }

    /// <summary>The configured org_ids, or none when the agency profiles decide.</summary>
    public IReadOnlyList<string> OrganisationIds =>
        (Organisations ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every problem with these settings, as sentences naming the setting; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var wrong = OrganisationIds.Where(id => !OrgId.IsValid(id)).ToList();
        return wrong.Count == 0
            ? []
            : [$"Kenbaarheid__RegistrySync__Organisations names what is not an org_id (gm0344, zb000117, …): {string.Join(", ", wrong)}."];
    }
}
