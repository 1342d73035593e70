using System.Text;
using System.Text.Json;

namespace Kenbaarheid.Functions.Invocation;

/// <summary>
/// Undoes the host's encoding of binding values. The host turns a trigger value into the envelope like this
/// (<c>ScriptInvocationContextExtensions.GetHttpScriptInvocationContextValue</c>): bytes become base64; an object
/// becomes a JSON object; anything else — a string among them — is serialised to JSON text, and that text is then
/// written into the envelope as a JSON string. So a Service Bus message with a JSON body arrives as
/// <c>"message": "\"{\\\"id\\\":…}\""</c>, a message bound as binary as <c>"message": "eyJpZCI6…"</c>.
/// </summary>
public static class InvocationValueReader
{
    /// <summary>The original message bytes of a trigger value, or null when the value holds none.</summary>
    public static byte[]? ReadMessage(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (TryDecodeJsonString(text, out var decoded))
                {
                    return Encoding.UTF8.GetBytes(decoded);
                }

                // Not JSON text: a binary body, base64 encoded (a JSON event starts with '{', which base64 never holds).
                var bytes = new byte[text.Length];
                return Convert.TryFromBase64String(text, bytes, out var length) ? bytes[..length] : Encoding.UTF8.GetBytes(text);
            case JsonValueKind.Object or JsonValueKind.Array:
                // The host sends a value it could turn into an object as the object itself.
                return Encoding.UTF8.GetBytes(value.GetRawText());
            default:
                return null;
        }
    }

    /// <summary>A scalar metadata value as plain text: <c>"\"abc\""</c> becomes <c>abc</c>, <c>"1"</c> becomes <c>1</c>.</summary>
    public static string? ReadScalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when TryDecodeJsonString(value.GetString()!, out var decoded) => decoded,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    /// <summary>Reads text that is one JSON string literal, such as <c>"{\"id\":1}"</c>.</summary>
    private static bool TryDecodeJsonString(string text, out string decoded)
    {
        decoded = string.Empty;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 2 || trimmed[0] != '"' || trimmed[^1] != '"')
        {
            return false;
        }

        try
        {
            decoded = JsonSerializer.Deserialize<string>(trimmed) ?? string.Empty;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
