using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>How far an algorithm went in this decision.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Involvement>))]
public enum Involvement
{
    /// <summary>No person decided: the algorithm took the decision.</summary>
    [JsonStringEnumMemberName("automated")] Automated,

    /// <summary>A person decided, using the algorithm's output.</summary>
    [JsonStringEnumMemberName("supported")] Supported,

    /// <summary>An algorithm prepared or selected the case; a person handled it.</summary>
    [JsonStringEnumMemberName("prepared")] Prepared,
}
