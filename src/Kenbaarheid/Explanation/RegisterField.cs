using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>A register field a notice relies on; named as the register names it, so an agency knows what to fill in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegisterField>))]
public enum RegisterField
{
    [JsonStringEnumMemberName("goal")] Goal,
    [JsonStringEnumMemberName("human_intervention")] HumanIntervention,
    [JsonStringEnumMemberName("source_data")] SourceData,
    [JsonStringEnumMemberName("lawful_basis")] LawfulBasis,
    [JsonStringEnumMemberName("impacttoetsen")] ImpactAssessment,
    [JsonStringEnumMemberName("status")] Status,
    [JsonStringEnumMemberName("publication_category")] PublicationCategory,
}
