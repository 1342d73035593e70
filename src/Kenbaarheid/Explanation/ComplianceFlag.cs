namespace Kenbaarheid.Explanation;

/// <summary>
/// A finding for the agency and its legal team (citizens see only the risk statement). <see cref="Path"/> is
/// the JSON Pointer of the event field it concerns, so a blocking flag doubles as a rejection reason.
/// </summary>
public sealed record ComplianceFlag(string Code, FlagSeverity Severity, string Message, string Path);
