using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>How much an algorithm's output counted towards the outcome.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContributionWeight>))]
public enum ContributionWeight
{
    /// <summary>Its output determined the outcome.</summary>
    [JsonStringEnumMemberName("decisive")] Decisive,

    /// <summary>One of several factors.</summary>
    [JsonStringEnumMemberName("partial")] Partial,

    /// <summary>A person weighed it freely.</summary>
    [JsonStringEnumMemberName("advisory")] Advisory,
}
