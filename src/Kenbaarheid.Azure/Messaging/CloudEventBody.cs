using System.Text;
using System.Text.Json;

namespace Kenbaarheid.Azure.Messaging;

/// <summary>
/// Message bodies that hold an event as a JSON string. Service Bus Explorer in the portal, and clients that serialise
/// a string they were handed, send <c>"{\"specversion\":\"1.0\",…}"</c>: one JSON string whose text is the event.
/// </summary>
public static class CloudEventBody
{
    /// <summary>
    /// The text of the string when the body is exactly one JSON string and that text is a CloudEvent (a JSON object with
    /// a <c>specversion</c> member, the attribute every CloudEvent carries); otherwise the body unchanged, so anything
    /// else is judged, and rejected, as it came.
    /// </summary>
    public static ReadOnlyMemory<byte> Unwrap(ReadOnlyMemory<byte> body, out bool unwrapped)
    {
        unwrapped = false;
        if (body.Span.TrimStart(" \t\r\n"u8) is not [(byte)'"', ..])
        {
            return body;
        }

        string text;
        try
        {
            var reader = new Utf8JsonReader(body.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return body;
            }

            text = reader.GetString()!;
            if (reader.Read())
            {
                return body;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not one well-formed string (or one with an unpaired surrogate): left for the validator to reject.
            return body;
        }

        if (!IsCloudEvent(text))
        {
            return body;
        }

        unwrapped = true;
        return Encoding.UTF8.GetBytes(text);
    }

    private static bool IsCloudEvent(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("specversion", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
