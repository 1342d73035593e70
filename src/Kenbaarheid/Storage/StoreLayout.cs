using System.Globalization;

namespace Kenbaarheid.Storage;

/// <summary>
/// The store's layout (OUTPUT.md), in one place: every folder, path and file name the pipeline writes and every
/// reader looks for. A folder store and Blob Storage share it; in Blob Storage the first segment is the container.
/// <code>
/// notices/{agency}/{decision}/r{revision}/explanation.json, notice.{lang}.{ext}, …, manifest.json (last)
/// rejections/{agency or _unknown}/{event id}.event.json, {event id}.json
/// </code>
/// The renderer decides which documents a notice has (languages and formats); this layout names each of them.
/// </summary>
public static class StoreLayout
{
    public const string NoticesFolder = "notices";
    public const string RejectionsFolder = "rejections";

    /// <summary>The rejection folder of an event whose agency is not one we serve: its text could be any path.</summary>
    public const string UnknownAgencyFolder = "_unknown";

    /// <summary>Written last: a notice folder without it is an unfinished write.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>Written first: every other document is rendered from it, so whoever writes it owns the folder.</summary>
    public const string ExplanationName = "explanation.json";

    public const string JsonContentType = "application/json";

    private const string NoticeDocumentPrefix = "notice";

    /// <summary>A rejection's original event bytes: <c>{base}.event.json</c> beside the record <c>{base}.json</c>.</summary>
    public const string RejectedEventSuffix = ".event.json";

    private const string RecordSuffix = ".json";
    private const string RevisionPrefix = "r";

    /// <summary>The file name of a notice document in one language and format (file extension), such as <c>notice.nl.html</c>.</summary>
    public static string NoticeDocumentName(string language, string extension) => $"{NoticeDocumentPrefix}.{language}.{extension}";

    public static string NoticeFolder(NoticeAddress address) =>
        $"{NoticesFolder}/{address.Agency}/{address.Decision}/{RevisionPrefix}{address.Revision.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The store path of a file in a notice's folder.</summary>
    public static string NoticeFilePath(NoticeAddress address, string fileName) => $"{NoticeFolder(address)}/{fileName}";

    /// <summary>
    /// The address of a listed folder <c>notices/{agency}/{decision}/{revisionFolder}</c>, as segments; null for
    /// anything else, which no pipeline wrote and which therefore names no notice.
    /// </summary>
    public static NoticeAddress? ParseNoticeFolder(string agency, string decision, string revisionFolder) =>
        revisionFolder.Length > RevisionPrefix.Length && revisionFolder.StartsWith(RevisionPrefix, StringComparison.Ordinal)
        && int.TryParse(revisionFolder.AsSpan(RevisionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
        && NoticeAddress.TryCreate(agency, decision, revision) is { } address
        && address.Folder == $"{NoticesFolder}/{agency}/{decision}/{revisionFolder}"
            ? address
            : null;

    /// <summary><c>rejections/{agencyFolder}</c>: an agency id we serve, or <see cref="UnknownAgencyFolder"/>.</summary>
    public static string RejectionFolder(string agencyFolder) => $"{RejectionsFolder}/{agencyFolder}";

    /// <summary>The store path of a file listed in <c>rejections/{agencyFolder}</c>.</summary>
    public static string RejectionFilePath(string agencyFolder, string fileName) => $"{RejectionFolder(agencyFolder)}/{fileName}";

    /// <summary>The base name of a rejection's two files: the path-safe event id, or the event's hash when it has no id.</summary>
    public static string RejectionBaseName(string? eventId, string eventSha256) =>
        string.IsNullOrEmpty(eventId) ? $"_no-id-{eventSha256[..16]}" : PathSafeId.From(eventId);

    /// <summary>The base name a second, different event rejected under the same id gets, so both are kept apart.</summary>
    public static string RejectionSecondBaseName(string baseName, string eventSha256) => $"{baseName}-{eventSha256[..12]}";

    public static string RejectionRecordPath(string folder, string baseName) => $"{folder}/{baseName}{RecordSuffix}";

    public static string RejectedEventPath(string folder, string baseName) => $"{folder}/{baseName}{RejectedEventSuffix}";

    /// <summary>Whether a file name in a rejection folder is a record (not an event, not a hidden temporary file).</summary>
    public static bool IsRejectionRecordName(string fileName) =>
        !fileName.StartsWith('.') && fileName.EndsWith(RecordSuffix, StringComparison.Ordinal) && !fileName.EndsWith(RejectedEventSuffix, StringComparison.Ordinal);

    /// <summary>The name of the event file beside a rejection record.</summary>
    public static string RejectedEventNameOf(string recordName) => recordName[..^RecordSuffix.Length] + RejectedEventSuffix;
}
