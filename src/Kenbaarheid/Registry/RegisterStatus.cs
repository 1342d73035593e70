using System.Text.Json.Serialization;

namespace Kenbaarheid.Registry;

/// <summary>The register's status of an algorithm; the wire names are the register's own Dutch spelling.</summary>
public enum RegisterStatus
{
    [JsonStringEnumMemberName("In ontwikkeling")] InDevelopment,
    [JsonStringEnumMemberName("In gebruik")] InUse,
    [JsonStringEnumMemberName("Buiten gebruik")] OutOfUse,
}
