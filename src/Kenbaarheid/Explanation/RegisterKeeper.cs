using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>Who corrects data in a base register (docs/LEGAL.md gives the source of each).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegisterKeeper>))]
public enum RegisterKeeper
{
    /// <summary>BRP: the municipality where the person is registered as living.</summary>
    [JsonStringEnumMemberName("municipality-of-residence")] MunicipalityOfResidence,

    /// <summary>BAG and WOZ: the municipality where the property is.</summary>
    [JsonStringEnumMemberName("municipality-of-property")] MunicipalityOfProperty,

    /// <summary>BRI.</summary>
    [JsonStringEnumMemberName("belastingdienst")] Belastingdienst,

    /// <summary>BRK and BRT.</summary>
    [JsonStringEnumMemberName("kadaster")] Kadaster,

    /// <summary>BRV.</summary>
    [JsonStringEnumMemberName("rdw")] Rdw,

    /// <summary>HR.</summary>
    [JsonStringEnumMemberName("kvk")] Kvk,

    /// <summary>BLAU (polisadministratie).</summary>
    [JsonStringEnumMemberName("uwv")] Uwv,

    /// <summary>BGT and BRO: the body that supplies the data for the area (bronhouder), which varies.</summary>
    [JsonStringEnumMemberName("source-holder")] SourceHolder,
}
