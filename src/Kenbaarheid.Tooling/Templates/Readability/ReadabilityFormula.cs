using System.Text.Json.Serialization;

namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>The reading-ease formula for a language; both score 0–100, higher is easier.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReadabilityFormula>))]
public enum ReadabilityFormula
{
    /// <summary>Dutch: 206.84 − 0.77 · syllables per 100 words − 0.93 · words per sentence (Douma, 1960).</summary>
    [JsonStringEnumMemberName("flesch-douma")] FleschDouma,

    /// <summary>English: 206.835 − 1.015 · words per sentence − 84.6 · syllables per word (Flesch, 1948).</summary>
    [JsonStringEnumMemberName("flesch-reading-ease")] FleschReadingEase,
}
