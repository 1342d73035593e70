using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>The day after which the term to contest a decision starts to run.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TermStart>))]
public enum TermStart
{
    /// <summary>The day after the decision was sent (its bekendmaking; Awb 6:8).</summary>
    [JsonStringEnumMemberName("sent")] Sent,

    /// <summary>The day after the date on the decision (tax matters, WOZ included; AWR 22j).</summary>
    [JsonStringEnumMemberName("dated")] Dated,
}
