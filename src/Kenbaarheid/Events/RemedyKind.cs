using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>How the person can contest this decision (EVENTS.md v1.1, <c>decision.remedy.kind</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RemedyKind>))]
public enum RemedyKind
{
    /// <summary>An objection (bezwaar) to the agency that decided (Awb 6:4, 7:1).</summary>
    [JsonStringEnumMemberName("objection")] Objection,

    /// <summary>An appeal (beroep) to a court, e.g. against a decision on an objection (Awb 8:1, 7:1).</summary>
    [JsonStringEnumMemberName("appeal")] Appeal,

    /// <summary>Neither lies: the decision is not a besluit in the sense of Awb 1:3, or the law excludes both.</summary>
    [JsonStringEnumMemberName("none")] None,
}
