using System.Text.Json.Serialization;

namespace Kenbaarheid.Agencies;

/// <summary>What to do when an event names an algorithm that is not in the register.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnregisteredAlgorithmPolicy>))]
public enum UnregisteredAlgorithmPolicy
{
    /// <summary>Issue the notice and flag the gap (the default under nl-baseline).</summary>
    [JsonStringEnumMemberName("warn")] Warn,

    /// <summary>Reject the event (always the case under fr-strict).</summary>
    [JsonStringEnumMemberName("block")] Block,
}
