namespace Kenbaarheid.Azure.Storage;

/// <summary>A short-lived, read-only link to one document of a notice set.</summary>
public sealed record NoticeReadLink(string Name, string ContentType, long Bytes, string Sha256, Uri Url);
