using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Agencies;

/// <summary>
/// A free text of an agency profile in one or more languages, by ISO 639-1 code. A profile may give a plain
/// string, which is Dutch (the language of the decision), or an object such as <c>{"nl": "…", "en": "…"}</c>, so an
/// English notice never has to show a Dutch sentence.
/// </summary>
[JsonConverter(typeof(LocalizedTextConverter))]
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>The language a plain string is taken to be in.</summary>
    public const string PlainStringLanguage = "nl";

    private sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
    {
        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new LocalizedText(new Dictionary<string, string>(StringComparer.Ordinal) { [PlainStringLanguage] = reader.GetString()! });
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A profile text must be a string or an object of texts by language, e.g. {\"nl\": \"…\", \"en\": \"…\"}.");
            }

            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options)
                ?? throw new JsonException("A profile text by language must be an object, not null.");
            return new LocalizedText(new Dictionary<string, string>(texts, StringComparer.Ordinal));
        }

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Texts, options);
    }
}
