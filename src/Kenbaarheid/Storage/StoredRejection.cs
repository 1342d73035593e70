namespace Kenbaarheid.Storage;

/// <summary>
/// A rejection record found in a store: <see cref="RecordPath"/> is <c>rejections/{agency}/{id}.json</c>, and
/// <see cref="EventPath"/> the original event beside it (<c>{id}.event.json</c>), null when it is not there.
/// <see cref="AgencyFolder"/> is the folder it sits in: an agency id, or <see cref="StoreLayout.UnknownAgencyFolder"/>.
/// </summary>
public sealed record StoredRejection(string RecordPath, string AgencyFolder, string? EventPath);
