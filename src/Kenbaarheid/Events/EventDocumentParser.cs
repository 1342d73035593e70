using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Kenbaarheid.Events;

/// <summary>
/// Turns event bytes into a <see cref="JsonDocument"/> every later read can trust: at most the size limit, valid
/// UTF-8, valid JSON, no unpaired surrogate escapes and no repeated property names. System.Text.Json accepts the
/// last two and would throw from <c>GetString</c> on the surrogates; checking them here is what lets the field
/// reads afterwards never throw.
/// </summary>
internal static class EventDocumentParser
{
    /// <summary>256 KiB, the Service Bus standard-tier message limit.</summary>
    public const int MaxEventBytes = 262_144;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The parsed document, or null when the bytes are no JSON at all. A document comes back with problems when
    /// it parsed but holds unpaired surrogates or repeated names: then only its identity may be read.
    /// </summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> eventBytes, out IReadOnlyList<Problem> problems)
    {
        if (eventBytes.Length > MaxEventBytes)
        {
            problems = [new Problem(EventErrorCodes.EventTooLarge, "", $"The event is {eventBytes.Length} bytes; the limit is {MaxEventBytes} bytes (256 KiB, the Service Bus message limit). Send less text, e.g. fewer data items or shorter explanations.")];
            return null;
        }

        // A byte order mark is not JSON, but it is harmless and some tools write one.
        var json = eventBytes.Span.StartsWith(Utf8ByteOrderMark) ? eventBytes[Utf8ByteOrderMark.Length..] : eventBytes;

        if (!Utf8.IsValid(json.Span))
        {
            var (line, column) = FirstInvalidUtf8Position(json.Span);
            problems = [new Problem(EventErrorCodes.EventNotJson, "", $"The event is not valid UTF-8: the first invalid byte is at line {line}, byte {column}. Encode the event as UTF-8.")];
            return null;
        }

        JsonDocument parsed;
        try
        {
            // Duplicate names are allowed here and reported below with a pointer each, which the strict parser option cannot give.
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            problems = [new Problem(EventErrorCodes.EventNotJson, "", $"The event is not valid JSON: parsing stopped at line {line}, byte {column}. Check for a syntax error there (a missing comma or quote, a trailing comma, a comment) or nesting deeper than 64 levels.")];
            return null;
        }

        var found = new List<Problem>();
        FindTextFaults(parsed.RootElement, "", found);
        problems = found;
        return parsed;
    }

    private static void FindTextFaults(JsonElement element, string path, List<Problem> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (HasUnpairedSurrogateEscape(JsonMarshal.GetRawUtf8PropertyName(property)))
                    {
                        found.Add(new Problem(EventErrorCodes.EventUnpairedSurrogate, path, $"{EventReader.Describe(path)} has a property name with an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF without its partner). JSON text must be valid Unicode: escape characters outside the BMP as a surrogate pair."));
                        continue;
                    }

                    var propertyPath = $"{path}/{EventNode.EscapeSegment(property.Name)}";
                    if (!names.Add(property.Name))
                    {
                        found.Add(new Problem(EventErrorCodes.EventDuplicateProperty, propertyPath, $"The property {EventReader.Quote(property.Name)} appears more than once in {EventReader.Describe(path)}. Parsers disagree about which occurrence counts, so send each property once."));
                    }

                    FindTextFaults(property.Value, propertyPath, found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindTextFaults(item, $"{path}/{index}", found);
                    index++;
                }

                break;
            case JsonValueKind.String when HasUnpairedSurrogateEscape(JsonMarshal.GetRawUtf8Value(element)):
                found.Add(new Problem(EventErrorCodes.EventUnpairedSurrogate, path, $"{EventReader.Describe(path)} contains an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF without its partner). JSON text must be valid Unicode: escape characters outside the BMP as a surrogate pair."));
                break;
        }
    }

    /// <summary>
    /// Scans raw (still escaped) JSON string bytes. Valid UTF-8 cannot encode a surrogate, so only \u escapes can
    /// produce one: a high surrogate must be followed at once by an escaped low surrogate, and a low one never stands alone.
    /// </summary>
    internal static bool HasUnpairedSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\' || i + 1 >= raw.Length)
            {
                i++;
                continue;
            }

            if (raw[i + 1] != (byte)'u')
            {
                i += 2;
                continue;
            }

            if (!TryReadEscapedUnit(raw, i, out var unit))
            {
                return true;
            }

            i += 6;
            if (char.IsLowSurrogate((char)unit))
            {
                return true;
            }

            if (char.IsHighSurrogate((char)unit))
            {
                if (!TryReadEscapedUnit(raw, i, out var low) || !char.IsLowSurrogate((char)low))
                {
                    return true;
                }

                i += 6;
            }
        }

        return false;
    }

    private static bool TryReadEscapedUnit(ReadOnlySpan<byte> raw, int at, out int unit)
    {
        unit = 0;
        if (at + 6 > raw.Length || raw[at] != (byte)'\\' || raw[at + 1] != (byte)'u')
        {
            return false;
        }

        for (var k = at + 2; k < at + 6; k++)
        {
            var digit = HexValue(raw[k]);
            if (digit < 0)
            {
                return false;
            }

            unit = (unit << 4) | digit;
        }

        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static (int Line, int Column) FirstInvalidUtf8Position(ReadOnlySpan<byte> utf8)
    {
        var line = 1;
        var lineStart = 0;
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
            if (rune.Value == '\n')
            {
                line++;
                lineStart = offset;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
