namespace Kenbaarheid.Storage;

/// <summary>
/// A notice folder found in a store. <see cref="HasManifest"/> false means an unfinished write: the manifest is
/// written last, so its absence says the set is not complete (yet).
/// </summary>
public sealed record StoredNoticeFolder(string Folder, string AgencyId, string DecisionId, int Revision, bool HasManifest)
{
    public const string ManifestName = "manifest.json";
    public const string ExplanationName = "explanation.json";

    public string ManifestPath => $"{Folder}/{ManifestName}";

    public string ExplanationPath => $"{Folder}/{ExplanationName}";

    /// <summary>
    /// Reads a store path's folder part (<c>notices/{agency}/{decision}/r{revision}</c>, as segments); null for anything
    /// else, which no pipeline wrote and which therefore names no notice.
    /// </summary>
    public static StoredNoticeFolder? FromSegments(string agencyId, string decisionId, string revisionFolder, bool hasManifest) =>
        revisionFolder.Length > 1 && revisionFolder[0] == 'r'
        && int.TryParse(revisionFolder.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
        && revision > 0
            ? new StoredNoticeFolder($"{Pipeline.NoticePipeline.NoticesFolder}/{agencyId}/{decisionId}/{revisionFolder}", agencyId, decisionId, revision, hasManifest)
            : null;
}
