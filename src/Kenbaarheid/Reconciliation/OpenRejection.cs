using Kenbaarheid.Storage;

namespace Kenbaarheid.Reconciliation;

/// <summary>
/// A rejected event whose decision has no notice since: the agency still owes the citizen one. Ids and codes only.
/// <see cref="AgencyId"/>, <see cref="DecisionId"/> and <see cref="Revision"/> are null when the event was too broken
/// to tell them. They are what the agency sent, so <see cref="Decision"/> and <see cref="LoggableEventId"/> give them
/// path-safe, fit for a terminal or a log line.
/// </summary>
public sealed record OpenRejection(string? AgencyId, string? DecisionId, int? Revision, string? EventId, string RecordPath, IReadOnlyList<string> Codes)
{
    public string Decision => DecisionId is null
        ? "(decision unknown)"
        : $"{(AgencyId is null ? "?" : PathSafeId.From(AgencyId))},{PathSafeId.From(DecisionId)}{(Revision is { } revision ? $",r{revision}" : string.Empty)}";

    public string? LoggableEventId => EventId is null ? null : PathSafeId.From(EventId);
}
