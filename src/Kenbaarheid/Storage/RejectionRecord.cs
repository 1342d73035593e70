using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Storage;

/// <summary>
/// Why an event got no notice. Stored beside the original event bytes, so the agency can correct and resend it.
/// The ids are as far as they could be read from the event; they may be null for an event that is not JSON.
/// </summary>
public sealed record RejectionRecord(
    string? EventId,
    string? AgencyId,
    string? DecisionId,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<Problem> Reasons,
    string EventSha256);
