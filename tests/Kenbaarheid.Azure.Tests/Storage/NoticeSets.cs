using System.Text;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Tests.Storage;

/// <summary>Small notice sets and rejections for store tests, each in a place of its own.</summary>
internal static class NoticeSets
{
    public static NoticeSet Create(string decisionId, string body = "<p>notice</p>", string flags = "RISK_CLASSIFIED PROFILING")
    {
        var folder = $"notices/gm9999/{decisionId}/r1";
        return new NoticeSet(
            folder,
            [
                new StoredDocument($"{folder}/notice.nl.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(body)),
                new StoredDocument($"{folder}/notice.nl.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("notice")),
                new StoredDocument($"{folder}/explanation.json", "application/json", Encoding.UTF8.GetBytes("{\"facts\":true}")),
            ],
            new StoredDocument($"{folder}/manifest.json", "application/json", Encoding.UTF8.GetBytes($"{{\"decisionId\":\"{decisionId}\",\"body\":\"{body.Length}\"}}")),
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
