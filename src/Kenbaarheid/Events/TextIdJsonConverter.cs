using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>
/// Writes an id as the plain string it is, so stored JSON (explanation.json, manifests) reads as before the id had a
/// type; reading refuses a string of the wrong shape, as the id's own parse does.
/// </summary>
internal sealed class TextIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, ITextId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TId.TryParse(text, out var id) ? id : throw new JsonException($"'{text}' is not a valid {typeof(TId).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
