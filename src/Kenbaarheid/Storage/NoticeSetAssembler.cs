using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Storage;

/// <summary>
/// Turns an explanation and the documents rendered from it into the notice set to write: <c>explanation.json</c>
/// first, then every rendered document in the renderer's order (whatever formats it made), each listed with its size
/// and hash in the manifest, and the index tags. The manifest holds no wall-clock value, so a redelivery assembles
/// the same bytes.
/// </summary>
internal static class NoticeSetAssembler
{
    private static readonly ManifestGenerator Generator = new(
        "kenbaarheid",
        typeof(NoticeSetAssembler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    /// <param name="explanationJson">The explanation as serialized once: the stored file and what the templates bound to.</param>
    public static NoticeSet Assemble(
        NoticeAddress address,
        DecisionEvent decisionEvent,
        string eventSha256,
        AgencyProfile agency,
        NoticeExplanation explanation,
        ReadOnlyMemory<byte> explanationJson,
        RenderedNotice rendered)
    {
        var documents = rendered.Documents
            .Select(d => new StoredDocument(address.PathOf(StoreLayout.NoticeDocumentName(d.Language, d.Extension)), d.ContentType, d.Content))
            .Prepend(new StoredDocument(address.ExplanationPath, StoreLayout.JsonContentType, explanationJson))
            .ToList();
        var manifest = new NoticeManifest(
            explanation.NoticeId,
            address.Agency,
            address.Decision,
            address.Revision,
            decisionEvent.Id,
            eventSha256,
            agency.Regime,
            explanation.Languages,
            // Listed in the order the renderer made them, the explanation last, as OUTPUT.md shows the set.
            documents.Skip(1).Append(documents[0]).Select(File).ToList(),
            rendered.Templates,
            explanation.Algorithms.Select(a => new ManifestRegistryEntry(a.Lars, a.Register is not null, a.Register?.PublicationCategory, a.Register?.EntrySha256)).ToList(),
            explanation.About.RegisterSnapshotId,
            explanation.Flags.Select(f => new ManifestFlag(f.Code, f.Severity, f.Message)).Concat(rendered.Flags).ToList(),
            decisionEvent.Time,
            Generator);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agency"] = address.Agency.Value,
            ["decision"] = address.Decision.Value,
            ["revision"] = address.Revision.ToString(CultureInfo.InvariantCulture),
            ["flags"] = string.Join(' ', explanation.Flags.Select(f => f.Code).Concat(rendered.Flags.Select(f => f.Code)).Distinct()),
        };
        return new NoticeSet(address, documents, manifest, new StoredDocument(address.ManifestPath, StoreLayout.JsonContentType, manifest.ToJson()), tags);
    }

    private static ManifestFile File(StoredDocument document) => new(
        document.Path[(document.Path.LastIndexOf('/') + 1)..],
        document.ContentType,
        document.Content.Length,
        Convert.ToHexStringLower(SHA256.HashData(document.Content.Span)));
}
