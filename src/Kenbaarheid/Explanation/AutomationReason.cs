using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>Why a decision a person is said to have taken is automated in substance (OUTPUT.md, AUTOMATED_IN_SUBSTANCE).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AutomationReason>))]
public enum AutomationReason
{
    /// <summary><c>humanReview.performed</c> is false: no person looked at the case.</summary>
    [JsonStringEnumMemberName("no-review")] NoReview,

    /// <summary><c>humanReview.canDeviate</c> is false: the person had to follow the algorithm.</summary>
    [JsonStringEnumMemberName("cannot-deviate")] CannotDeviate,

    /// <summary>A decisive algorithm determined a decision the law leaves no room to weigh.</summary>
    [JsonStringEnumMemberName("decisive-on-bound-decision")] DecisiveOnBoundDecision,
}
