using System.Diagnostics.CodeAnalysis;

namespace Kenbaarheid.Agencies;

/// <summary>The agency profiles the pipeline serves, by org_id.</summary>
public sealed class AgencyDirectory
{
    private readonly Dictionary<string, AgencyProfile> _profiles;

    public AgencyDirectory(IEnumerable<AgencyProfile> profiles)
    {
        _profiles = new Dictionary<string, AgencyProfile>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            if (!_profiles.TryAdd(profile.Id, profile))
            {
                throw new ArgumentException($"Agency '{profile.Id}' has more than one profile.", nameof(profiles));
            }
        }
    }

    public IReadOnlyCollection<AgencyProfile> All => _profiles.Values;

    public bool TryGet(string id, [NotNullWhen(true)] out AgencyProfile? profile) => _profiles.TryGetValue(id, out profile);
}
