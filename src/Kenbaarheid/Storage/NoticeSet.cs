namespace Kenbaarheid.Storage;

/// <summary>
/// Everything to write for an issued notice: the documents, then the manifest that completes the set.
/// <see cref="Tags"/> are safe to index (agency, decision, revision, flag codes) and never carry personal data.
/// </summary>
public sealed record NoticeSet(
    string Folder,
    IReadOnlyList<StoredDocument> Documents,
    StoredDocument Manifest,
    IReadOnlyDictionary<string, string> Tags);
