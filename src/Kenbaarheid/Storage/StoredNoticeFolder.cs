namespace Kenbaarheid.Storage;

/// <summary>
/// A notice folder found in a store. <see cref="HasManifest"/> false means an unfinished write: the manifest is
/// written last, so its absence says the set is not complete (yet).
/// </summary>
public sealed record StoredNoticeFolder(NoticeAddress Address, bool HasManifest)
{
    public string Folder => Address.Folder;

    public string AgencyId => Address.Agency.Value;

    public string DecisionId => Address.Decision.Value;

    public int Revision => Address.Revision;

    public string ManifestPath => Address.ManifestPath;

    public string ExplanationPath => Address.ExplanationPath;
}
