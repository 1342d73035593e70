using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>How the notice knows that an algorithm sorted or selected the person.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClassificationDisclosure>))]
public enum ClassificationDisclosure
{
    /// <summary>The event's riskClassification says how the person was classified and what followed.</summary>
    [JsonStringEnumMemberName("stated")] Stated,

    /// <summary>An algorithm with a classifying role took part and the event says nothing more: the notice says so in neutral words.</summary>
    [JsonStringEnumMemberName("undisclosed")] Undisclosed,
}
