using System.Text.Json;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Turns the explanation's JSON into the plain dictionaries and lists Handlebars binds to, so templates use the
/// field names of <c>explanation.json</c>.
/// </summary>
internal static class TemplateModel
{
    public static Dictionary<string, object?> FromJson(JsonElement root) =>
        (Dictionary<string, object?>)Convert(root)!;

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
