using System.Text.Json.Serialization;

namespace Kenbaarheid.Registry;

/// <summary>The register's publication categories; the wire names are the register's own Dutch spelling.</summary>
public enum PublicationCategory
{
    [JsonStringEnumMemberName("Hoog-risico AI-systeem")] HighRiskAi,
    [JsonStringEnumMemberName("Impactvolle algoritmes")] Impactful,
    [JsonStringEnumMemberName("Overige algoritmes")] Other,
}
