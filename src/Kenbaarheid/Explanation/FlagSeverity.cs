using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>How much a compliance flag asks of the agency.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlagSeverity>))]
public enum FlagSeverity
{
    /// <summary>Worth knowing; nothing to do.</summary>
    [JsonStringEnumMemberName("info")] Info,

    /// <summary>A gap the agency should fix; the notice goes out.</summary>
    [JsonStringEnumMemberName("warning")] Warning,

    /// <summary>A legal team should look at this decision; the notice goes out.</summary>
    [JsonStringEnumMemberName("review")] Review,

    /// <summary>The decision must not go out with this notice: the event is rejected.</summary>
    [JsonStringEnumMemberName("block")] Block,
}
