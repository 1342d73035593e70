using System.Diagnostics.CodeAnalysis;
using Kenbaarheid.Rendering.Themes;

namespace Kenbaarheid.Agencies;

/// <summary>The agency profiles the pipeline serves, by org_id, with the theme each agency's notices wear.</summary>
public sealed class AgencyDirectory
{
    private readonly Dictionary<string, AgencyProfile> _profiles;
    private readonly IReadOnlyDictionary<string, NoticeTheme> _themes;

    /// <param name="profiles">The profiles.</param>
    /// <param name="themes">The theme of each agency whose profile names one, by org_id; the others get the default.</param>
    public AgencyDirectory(IEnumerable<AgencyProfile> profiles, IReadOnlyDictionary<string, NoticeTheme>? themes = null)
    {
        _themes = themes ?? new Dictionary<string, NoticeTheme>();
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

    /// <summary>The agency's own theme, or the Rijkshuisstijl tokens when its profile names none.</summary>
    public NoticeTheme ThemeOf(string id) => _themes.TryGetValue(id, out var theme) ? theme : NoticeTheme.Rijkshuisstijl;

    public bool TryGet(string id, [NotNullWhen(true)] out AgencyProfile? profile) => _profiles.TryGetValue(id, out profile);
}
