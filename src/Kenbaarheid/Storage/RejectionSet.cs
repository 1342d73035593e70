namespace Kenbaarheid.Storage;

/// <summary>
/// A rejection to write: the record and the original event bytes, into <c>rejections/{agencyFolder}</c>.
/// <see cref="EventSha256"/> tells a resend of the same bytes (nothing to rewrite) from a different event that
/// happens to share the id.
/// </summary>
internal sealed record RejectionSet(string AgencyFolder, string? EventId, string EventSha256, ReadOnlyMemory<byte> Record, ReadOnlyMemory<byte> EventBytes);
