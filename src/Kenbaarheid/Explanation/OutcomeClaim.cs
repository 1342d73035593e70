using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>
/// What the notice may say about the classification's effect on the outcome. Derived from the facts, so the notice
/// never states a causal claim they contradict.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutcomeClaim>))]
public enum OutcomeClaim
{
    /// <summary>The classification affected the outcome (affectedOutcome true).</summary>
    [JsonStringEnumMemberName("changed")] Changed,

    /// <summary>It did not (affectedOutcome false), and the model's output was advice a person weighed freely.</summary>
    [JsonStringEnumMemberName("not-changed")] NotChanged,

    /// <summary>The classification led to an extra check by a person, and the decision rests on what that check found.</summary>
    [JsonStringEnumMemberName("extra-check")] ExtraCheck,

    /// <summary>No claim either way: the facts do not license one (e.g. a decisive model said not to affect the outcome).</summary>
    [JsonStringEnumMemberName("none")] None,
}
