using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>What a classifying algorithm did with the person, so the heading fits the role rather than always saying "risk model".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClassificationKind>))]
public enum ClassificationKind
{
    /// <summary>Put in a group (classification, risk assessment, matching and any other role that produced a classification).</summary>
    [JsonStringEnumMemberName("sorted")] Sorted,

    /// <summary>Picked out, e.g. for a check (selection).</summary>
    [JsonStringEnumMemberName("selected")] Selected,

    /// <summary>Given a place in an order, e.g. a waiting list (ranking).</summary>
    [JsonStringEnumMemberName("ranked")] Ranked,
}
