using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>
/// A plain scale for a weight given as a figure: where it stands among the figures of the same algorithm, so a
/// reader need not know what "0,45" means on its own.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WeightRank>))]
public enum WeightRank
{
    /// <summary>The only figure of this algorithm: there is nothing to compare it with.</summary>
    [JsonStringEnumMemberName("only")] Only,

    [JsonStringEnumMemberName("heaviest")] Heaviest,
    [JsonStringEnumMemberName("between")] Between,
    [JsonStringEnumMemberName("lightest")] Lightest,

    /// <summary>Every figure of this algorithm is the same.</summary>
    [JsonStringEnumMemberName("equal")] Equal,
}
