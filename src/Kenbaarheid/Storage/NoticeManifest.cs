using System.Text.Json;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Storage;

/// <summary>
/// <c>manifest.json</c>: the proof that a notice set is complete and what made it. Written last, so a folder
/// without it is an unfinished write. Holds no wall-clock value: <see cref="GeneratedAt"/> is the event's time.
/// <see cref="RegisterSnapshotId"/> names the synced register snapshot whose entries (hashes in <see cref="Registry"/>)
/// the notice used; null when the register was read from plain files. The ids are parsed ids (written as the plain
/// strings they are), so a reader gets ids of a checked shape or no manifest at all.
/// </summary>
public sealed record NoticeManifest(
    string NoticeId,
    AgencyId AgencyId,
    DecisionId DecisionId,
    int Revision,
    string EventId,
    string EventSha256,
    Regime Regime,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ManifestFile> Files,
    IReadOnlyList<TemplateReference> Templates,
    IReadOnlyList<ManifestRegistryEntry> Registry,
    string? RegisterSnapshotId,
    IReadOnlyList<ManifestFlag> Flags,
    DateTimeOffset GeneratedAt,
    ManifestGenerator Generator)
{
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, ExplanationDocument.Options);

    public static NoticeManifest FromJson(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<NoticeManifest>(json, ExplanationDocument.Options) ?? throw new JsonException("The manifest is null.");
}
