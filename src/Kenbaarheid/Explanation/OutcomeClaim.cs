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

    /// <summary>The classification led to an extra check by a person, and the decision a person then took rests on what that check found.</summary>
    [JsonStringEnumMemberName("extra-check")] ExtraCheck,

    /// <summary>
    /// The classification led to an extra check by a person, but an algorithm determined the outcome (the decision is
    /// automated in form or in substance): the notice says only that the check came, not that the decision rests on it.
    /// </summary>
    [JsonStringEnumMemberName("extra-check-only")] ExtraCheckOnly,

    /// <summary>No claim either way: the facts do not license one (e.g. a decisive model said not to affect the outcome).</summary>
    [JsonStringEnumMemberName("none")] None,
}
