using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Explanation;

/// <summary>
/// The JSON form of an explanation: <c>explanation.json</c>, and the model the templates bind to, so the names a
/// template uses are exactly the names a reviewer sees in the file.
/// </summary>
public static class ExplanationDocument
{
    /// <summary>camelCase, enums by their contract names, nulls kept (a template may ask for any field), readable text.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // The files are served as application/json, never inlined in HTML, so "€" and "ë" may stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static byte[] Serialize(NoticeExplanation explanation) => JsonSerializer.SerializeToUtf8Bytes(explanation, Options);

    public static JsonElement ToElement(NoticeExplanation explanation) => JsonSerializer.SerializeToElement(explanation, Options);
}
