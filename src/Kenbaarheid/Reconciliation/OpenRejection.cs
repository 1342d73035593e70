namespace Kenbaarheid.Reconciliation;

/// <summary>
/// A rejected event whose decision has no notice since: the agency still owes the citizen one. Ids and codes only.
/// <see cref="AgencyId"/>, <see cref="DecisionId"/> and <see cref="Revision"/> are null when the event was too broken
/// to tell them.
/// </summary>
public sealed record OpenRejection(string? AgencyId, string? DecisionId, int? Revision, string? EventId, string RecordPath, IReadOnlyList<string> Codes)
{
    public string Decision => DecisionId is null
        ? "(decision unknown)"
        : Revision is { } revision ? $"{AgencyId ?? "?"},{DecisionId},r{revision}" : $"{AgencyId ?? "?"},{DecisionId}";
}
