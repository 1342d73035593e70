namespace Kenbaarheid.Events;

/// <summary>
/// One thing wrong with an event: a stable code from a stage's catalogue, the JSON Pointer of the
/// offending field (RFC 6901, "" for the whole event) and a plain message an agency developer can act on.
/// </summary>
public sealed record Problem(string Code, string Path, string Message);
