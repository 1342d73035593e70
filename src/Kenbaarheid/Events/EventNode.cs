using System.Text.Json;

namespace Kenbaarheid.Events;

/// <summary>
/// A place in the event: the JSON value found there (if any) and its JSON Pointer. Missing fields are nodes
/// too, so a problem about an absent field still names the exact pointer where it belongs.
/// </summary>
internal readonly record struct EventNode(JsonElement Element, string Path, bool Exists)
{
    public static EventNode Root(JsonElement root) => new(root, "", Exists: true);

    public bool IsObject => Exists && Element.ValueKind == JsonValueKind.Object;

    /// <summary>The property <paramref name="name"/> of this object; a missing node when absent or when this is no object.</summary>
    public EventNode Child(string name)
    {
        var path = $"{Path}/{EscapeSegment(name)}";
        return IsObject && Element.TryGetProperty(name, out var value)
            ? new EventNode(value, path, Exists: true)
            : new EventNode(default, path, Exists: false);
    }

    /// <summary>RFC 6901: "~" becomes "~0" and "/" becomes "~1", in that order.</summary>
    public static string EscapeSegment(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
