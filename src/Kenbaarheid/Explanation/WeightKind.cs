using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>How a parameter's weight was given: not at all, in words ("sterk") or as a figure (0.45).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WeightKind>))]
public enum WeightKind
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("figure")] Figure,
}
