using System.Text.Json;

namespace Kenbaarheid.Azure.Storage;

/// <summary>An issued notice as letter production fetches it: the manifest as stored, and a link per document.</summary>
public sealed record NoticeReadLinks(JsonElement Manifest, IReadOnlyList<NoticeReadLink> Links, DateTimeOffset ExpiresAt);
