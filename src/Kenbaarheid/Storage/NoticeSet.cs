namespace Kenbaarheid.Storage;

/// <summary>
/// Everything to write for an issued notice, as <see cref="NoticeSetAssembler"/> makes it: the documents in the
/// order they are written (the explanation first), then the manifest that completes the set. <see cref="Tags"/> are
/// safe to index (agency, decision, revision, flag codes) and never carry personal data.
/// </summary>
internal sealed record NoticeSet(
    NoticeAddress Address,
    IReadOnlyList<StoredDocument> Documents,
    NoticeManifest Manifest,
    StoredDocument ManifestDocument,
    IReadOnlyDictionary<string, string> Tags);
