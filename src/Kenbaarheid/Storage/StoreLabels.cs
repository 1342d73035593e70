namespace Kenbaarheid.Storage;

/// <summary>
/// Labels a store may keep with a file (Blob Storage: metadata, and index tags when <see cref="Indexed"/>); a folder
/// store keeps none. Ids, hashes and codes only, never personal data.
/// </summary>
public sealed record StoreLabels(IReadOnlyDictionary<string, string> Values, bool Indexed);
