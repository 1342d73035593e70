using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>Whether the law left the agency room to weigh the case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Discretion>))]
public enum Discretion
{
    [JsonStringEnumMemberName("bound")] Bound,
    [JsonStringEnumMemberName("discretionary")] Discretionary,
}
