using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>
/// A Dutch base register (basisregistratie) a data item came from, so the notice can say who corrects it.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BaseRegister>))]
public enum BaseRegister
{
    /// <summary>Basisregistratie Personen.</summary>
    [JsonStringEnumMemberName("brp")] Brp,

    /// <summary>Basisregistratie Inkomen.</summary>
    [JsonStringEnumMemberName("bri")] Bri,

    /// <summary>Basisregistratie Kadaster.</summary>
    [JsonStringEnumMemberName("brk")] Brk,

    /// <summary>Basisregistratie Adressen en Gebouwen.</summary>
    [JsonStringEnumMemberName("bag")] Bag,

    /// <summary>Basisregistratie Grootschalige Topografie.</summary>
    [JsonStringEnumMemberName("bgt")] Bgt,

    /// <summary>Basisregistratie Topografie.</summary>
    [JsonStringEnumMemberName("brt")] Brt,

    /// <summary>Basisregistratie Ondergrond.</summary>
    [JsonStringEnumMemberName("bro")] Bro,

    /// <summary>Basisregistratie Voertuigen (kentekenregister).</summary>
    [JsonStringEnumMemberName("brv")] Brv,

    /// <summary>Handelsregister.</summary>
    [JsonStringEnumMemberName("hr")] Hr,

    /// <summary>Basisregistratie Waarde Onroerende Zaken.</summary>
    [JsonStringEnumMemberName("woz")] Woz,

    /// <summary>Basisregistratie Lonen, Arbeids- en Uitkeringsverhoudingen (polisadministratie).</summary>
    [JsonStringEnumMemberName("blau")] Blau,
}
