using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Who took the decision in law, derived from the facts rather than taken from the event's <c>involvement</c>: a
/// decision a person did not or could not weigh is automated in substance (GDPR art. 22(1); CJEU C-634/21 SCHUFA).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecidedBy>))]
public enum DecidedBy
{
    /// <summary>A person took the decision and could weigh the algorithm's output.</summary>
    [JsonStringEnumMemberName("person")] Person,

    /// <summary>No person decided (involvement "automated").</summary>
    [JsonStringEnumMemberName("algorithm")] Algorithm,

    /// <summary>A person is said to have decided, but did not or could not weigh it: see <see cref="AutomationReason"/>.</summary>
    [JsonStringEnumMemberName("algorithm-in-substance")] AlgorithmInSubstance,
}
