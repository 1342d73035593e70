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
