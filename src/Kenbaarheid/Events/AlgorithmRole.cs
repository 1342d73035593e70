using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>What an algorithm did in the decision.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlgorithmRole>))]
public enum AlgorithmRole
{
    [JsonStringEnumMemberName("calculation")] Calculation,
    [JsonStringEnumMemberName("classification")] Classification,
    [JsonStringEnumMemberName("risk-assessment")] RiskAssessment,
    [JsonStringEnumMemberName("selection")] Selection,
    [JsonStringEnumMemberName("ranking")] Ranking,
    [JsonStringEnumMemberName("matching")] Matching,
    [JsonStringEnumMemberName("recommendation")] Recommendation,
    [JsonStringEnumMemberName("text-generation")] TextGeneration,
    [JsonStringEnumMemberName("other")] Other,
}
