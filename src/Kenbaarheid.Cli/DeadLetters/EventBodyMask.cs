using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Cli.DeadLetters;

/// <summary>
/// A dead-lettered event as an operator may see it on screen: its structure and the fields that identify and classify
/// the decision, every other value replaced by its kind and length. What stays is an allow-list (ids, codes, dates,
/// enumerations and yes/no fields of the contract), so a field the contract adds later is masked until it is listed
/// here. The recipient reference, data values, purpose, outcome, explanations, labels and every other free text never
/// reach the terminal; ids appear path-safe, as everywhere the tool prints them.
/// </summary>
internal static partial class EventBodyMask
{
    private static readonly string[] IdPointers = ["/id", "/subject", "/data/decision/id"];

    private static readonly string[] ShownPointers =
    [
        "/specversion", "/type", "/time", "/datacontenttype", "/source",
        "/data/decision/revision", "/data/decision/date", "/data/decision/legalEffect", "/data/decision/discretion",
        "/data/agency/id", "/data/recipient/language", "/data/involvement", "/data/profiling", "/data/generatedText",
        "/data/humanReview/performed", "/data/humanReview/canDeviate",
        "/data/algorithms/*/lars", "/data/algorithms/*/version", "/data/algorithms/*/role", "/data/algorithms/*/weight",
        "/data/data/*/personal", "/data/data/*/special",
        "/data/riskClassification/producedBy", "/data/riskClassification/affectedOutcome",
    ];

    // Control characters are still escaped, so no value can move the cursor or rewrite the operator's screen.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The masked body as indented JSON, or null when the body is not JSON.</summary>
    public static string? Mask(ReadOnlyMemory<byte> body)
    {
        try
        {
            return Masked(JsonNode.Parse(body.Span.ToArray()), string.Empty)?.ToJsonString(Indented) ?? "null";
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, or JSON no tree can hold (a name twice in one object, an unpaired surrogate): nothing is shown.
            return null;
        }
    }

    private static JsonNode? Masked(JsonNode? node, string pointer) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(property => KeyValuePair.Create(property.Key, Masked(property.Value, $"{pointer}/{Escape(property.Key)}")))),
        JsonArray array => new JsonArray([.. array.Select((item, index) => Masked(item, $"{pointer}/{index}"))]),
        JsonValue value when IdPointers.Contains(pointer) && value.GetValueKind() == JsonValueKind.String => PathSafeId.From(value.GetValue<string>()),
        JsonValue value when ShownPointers.Contains(Pattern(pointer)) => value.DeepClone(),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => $"<masked: text of {node.GetValue<string>().Length} characters>",
            JsonValueKind.Number => "<masked: number>",
            _ => "<masked: true or false>",
        },
    };

    /// <summary>The pointer with array indexes as <c>*</c>, to compare with the allow-list.</summary>
    private static string Pattern(string pointer) => ArrayIndex().Replace(pointer, "/*");

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [GeneratedRegex(@"/[0-9]+(?=/|$)")]
    private static partial Regex ArrayIndex();
}
