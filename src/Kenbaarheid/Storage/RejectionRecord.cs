using System.Text.Json;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;

namespace Kenbaarheid.Storage;

/// <summary>
/// Why an event got no notice. Stored beside the original event bytes, so the agency can correct and resend it.
/// The ids, <see cref="Revision"/>, <see cref="DecisionDate"/> and <see cref="Algorithms"/> are as far as they could be
/// read from the event, which may be broken anywhere; null (an empty list) for an event that is not JSON. They are
/// what the agency sent, unchecked. <see cref="Algorithms"/> holds the <c>lars</c> of each of <c>data.algorithms</c>
/// at its own index (null where there was none), so a reason's path <c>/data/algorithms/{i}/…</c> names its algorithm
/// without reading the event again.
/// </summary>
public sealed record RejectionRecord(
    string? EventId,
    string? AgencyId,
    string? DecisionId,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<Problem> Reasons,
    string EventSha256,
    int? Revision,
    DateOnly? DecisionDate,
    IReadOnlyList<string?> Algorithms)
{
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, ExplanationDocument.Options);

    /// <summary>Reads a stored record; one written before a field existed reads with that field null (empty).</summary>
    public static RejectionRecord FromJson(ReadOnlySpan<byte> json)
    {
        var record = JsonSerializer.Deserialize<RejectionRecord>(json, ExplanationDocument.Options) ?? throw new JsonException("The rejection record is null.");
        return record with { Reasons = record.Reasons ?? [], Algorithms = record.Algorithms ?? [] };
    }
}
