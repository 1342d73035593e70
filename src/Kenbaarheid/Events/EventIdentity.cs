using System.Runtime.InteropServices;
using System.Text.Json;

namespace Kenbaarheid.Events;

/// <summary>
/// Who sent which decision, read best-effort from the raw event even when it is invalid, so a rejection record
/// can be named and found. Each value is taken only when it is a JSON string (the revision: a whole number) at
/// its place; it is not validated, so it may be anything the agency sent. Revision is 1 when the event gives none.
/// </summary>
public sealed record EventIdentity(string? EventId, string? AgencyId, string? DecisionId, int? Revision)
{
    /// <summary>How much of a too-large event <see cref="Scan"/> reads: the identity fields come first in practice.</summary>
    internal const int ScanLimit = 65_536;

    /// <summary>Nothing could be read, e.g. because the bytes are not JSON.</summary>
    public static EventIdentity Unknown { get; } = new(null, null, null, null);

    /// <summary>Reads from any parsed document, including one whose names or strings hold unpaired surrogates.</summary>
    internal static EventIdentity Read(JsonElement root)
    {
        var data = Property(root, "data"u8);
        var decision = Property(data, "decision"u8);
        var revision = Property(decision, "revision"u8);
        return new EventIdentity(
            StringAt(Property(root, "id"u8)),
            StringAt(Property(Property(data, "agency"u8), "id"u8)),
            StringAt(Property(decision, "id"u8)),
            revision is null ? 1 : RevisionNumber.TryRead(revision.Value, out var number) ? number : null);
    }

    /// <summary>
    /// Reads the identity from the first <see cref="ScanLimit"/> bytes of an event too large to parse, so its rejection
    /// still names the event and the agency. A forward-only reader walks the prefix and stops where it ends or at the
    /// first fault; a value counts only when it lies whole inside the prefix, and the first of repeated names wins, as
    /// in <see cref="Read"/>. The revision is 1 only when the whole decision object was read without one.
    /// </summary>
    internal static EventIdentity Scan(ReadOnlySpan<byte> eventBytes)
    {
        var prefix = eventBytes[..Math.Min(eventBytes.Length, ScanLimit)];
        if (prefix.StartsWith(Utf8ByteOrderMark))
        {
            prefix = prefix[Utf8ByteOrderMark.Length..];
        }

        var reader = new Utf8JsonReader(prefix, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 }));
        var containers = new List<string?>();
        string? name = null, eventId = null, agencyId = null, decisionId = null;
        int? revision = null;
        var revisionSeen = false;
        var decisionRead = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        revisionSeen |= name == "revision" && IsAt(containers, "data", "decision");
                        containers.Add(reader.TokenType == JsonTokenType.StartObject ? name : null);
                        name = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        decisionRead |= IsAt(containers, "data", "decision");
                        containers.RemoveAt(containers.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        name = Text(ref reader);
                        break;
                    case JsonTokenType.String when name == "id":
                        if (IsAt(containers))
                        {
                            eventId ??= Text(ref reader);
                        }
                        else if (IsAt(containers, "data", "agency"))
                        {
                            agencyId ??= Text(ref reader);
                        }
                        else if (IsAt(containers, "data", "decision"))
                        {
                            decisionId ??= Text(ref reader);
                        }

                        name = null;
                        break;
                    case JsonTokenType.Number when name == "revision" && IsAt(containers, "data", "decision") && !revisionSeen:
                        revisionSeen = true;
                        revision = RevisionNumber.TryRead(ref reader, out var number) ? number : null;
                        name = null;
                        break;
                    default:
                        revisionSeen |= name == "revision" && IsAt(containers, "data", "decision");
                        name = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON from here on (or nested too deep): what was read before the fault stands.
        }

        return new EventIdentity(eventId, agencyId, decisionId, revision ?? (decisionRead && !revisionSeen ? 1 : null));
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Whether the reader stands directly inside the object at this path below the root object.</summary>
    private static bool IsAt(List<string?> containers, params ReadOnlySpan<string> path)
    {
        if (containers.Count != path.Length + 1 || containers[0] is not null)
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (containers[i + 1] != path[i])
            {
                return false;
            }
        }

        return true;
    }

    // A name or string with an unpaired surrogate escape cannot be unescaped; it counts as absent, as in Read.
    private static string? Text(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped && EventDocumentParser.HasUnpairedSurrogateEscape(reader.ValueSpan) ? null : reader.GetString();

    // Compares raw names: unescaping a name with an unpaired surrogate throws, and this must work on any document.
    private static JsonElement? Property(JsonElement? parent, ReadOnlySpan<byte> utf8Name)
    {
        if (parent is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (JsonMarshal.GetRawUtf8PropertyName(property).SequenceEqual(utf8Name))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string? StringAt(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } text && !EventDocumentParser.HasUnpairedSurrogateEscape(JsonMarshal.GetRawUtf8Value(text))
            ? text.GetString()
            : null;
}
