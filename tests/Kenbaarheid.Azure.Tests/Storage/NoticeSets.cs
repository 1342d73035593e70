using System.Security.Cryptography;
using System.Text;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Tests.Storage;

/// <summary>Small notice sets and rejections for store tests, each in a place of its own, in the order the pipeline writes them.</summary>
internal static class NoticeSets
{
    public static NoticeSet Create(string decisionId, string body = "<p>notice</p>", string flags = "RISK_CLASSIFIED PROFILING")
    {
        var address = new NoticeAddress(AgencyId.Parse("gm9999"), DecisionId.Parse(decisionId), 1);
        List<StoredDocument> documents =
        [
            new(address.ExplanationPath, "application/json", Encoding.UTF8.GetBytes("{\"facts\":true}")),
            new(address.PathOf("notice.nl.html"), "text/html; charset=utf-8", Encoding.UTF8.GetBytes(body)),
            new(address.PathOf("notice.nl.txt"), "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("notice")),
        ];
        var manifest = new NoticeManifest(
            $"n-{decisionId}",
            address.Agency,
            address.Decision,
            1,
            $"evt-{decisionId}",
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            Regime.NlBaseline,
            ["nl"],
            documents.Select(d => new ManifestFile(d.Path[(address.Folder.Length + 1)..], d.ContentType, d.Content.Length, Convert.ToHexStringLower(SHA256.HashData(d.Content.Span)))).ToList(),
            [],
            [],
            null,
            [],
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new ManifestGenerator("kenbaarheid", "0"));
        return new NoticeSet(
            address,
            documents,
            manifest,
            new StoredDocument(address.ManifestPath, "application/json", manifest.ToJson()),
            new Dictionary<string, string>
            {
                ["agency"] = "gm9999",
                ["decision"] = decisionId,
                ["revision"] = "1",
                ["flags"] = flags,
            });
    }

    public static string NewDecisionId() => $"D-{Guid.NewGuid():N}";
}
