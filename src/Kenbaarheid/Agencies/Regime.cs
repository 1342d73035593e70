using System.Text.Json.Serialization;

namespace Kenbaarheid.Agencies;

/// <summary>The set of rules a notice must meet, chosen per agency.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Regime>))]
public enum Regime
{
    /// <summary>GDPR/UAVG/AI Act/Awb duties; the French elements are shown when given, and warned about when not.</summary>
    [JsonStringEnumMemberName("nl-baseline")] NlBaseline,

    /// <summary>All four elements of CRPA R311-3-1-2, a legal basis and a registered algorithm are mandatory.</summary>
    [JsonStringEnumMemberName("fr-strict")] FrStrict,
}
