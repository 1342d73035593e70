using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Storage;

/// <summary>
/// An id from an event as it may appear in a file name or a log line. Such an id is whatever the agency sent — in a
/// rejected event it may hold path separators, line breaks or control characters — so unsafe characters become
/// '_', it is cut at 100 characters, and a short hash of the original is added when anything changed, so two ids
/// that differ only in unsafe characters stay apart.
/// </summary>
public static partial class PathSafeId
{
    public static string From(string eventId)
    {
        var safe = UnsafeCharacters().Replace(eventId, "_");
        if (safe.StartsWith('.'))
        {
            safe = "_" + safe[1..];
        }

        if (safe.Length > 100)
        {
            safe = safe[..100];
        }

        return safe == eventId
            ? safe
            : $"{safe}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)))[..8]}";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacters();
}
