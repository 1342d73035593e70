using System.Text;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Tests.Events;

/// <summary>The normative sample events, as bytes or as a JSON tree to change one field at a time.</summary>
internal static class SampleEvents
{
    public const string Automated = "01-huurtoeslag-automated.json";
    public const string RiskSupported = "02-toeslag-risk-supported.json";
    public const string Prepared = "03-uitwonendenbeurs-prepared.json";
    public const string Parking = "04-parkeervergunning-automated.json";
    public const string Woz = "05-woz-supported.json";
    public const string GeneratedText = "06-generated-text-retired-algorithm.json";
    public const string RejectedBsn = "90-rejected-bsn-bad-lars-missing-source.json";
    public const string RejectedStrict = "91-rejected-fr-strict-incomplete.json";

    public static IReadOnlyList<string> Valid { get; } = [Automated, RiskSupported, Prepared, Parking, Woz, GeneratedText];

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "events", name));

    public static JsonObject Tree(string name) => JsonNode.Parse(Bytes(name))!.AsObject();

    public static byte[] ToBytes(this JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>Sets the value at a JSON Pointer whose parent exists; a null value sends JSON null.</summary>
    public static JsonObject With(this JsonObject root, string pointer, JsonNode? value)
    {
        var (parent, last) = Parent(root, pointer);
        if (parent is JsonArray array)
        {
            array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent.AsObject()[last] = value;
        }

        return root;
    }

    public static JsonObject Without(this JsonObject root, string pointer)
    {
        var (parent, last) = Parent(root, pointer);
        if (parent is JsonArray array)
        {
            array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            parent.AsObject().Remove(last);
        }

        return root;
    }

    public static JsonNode At(this JsonObject root, string pointer)
    {
        var (parent, last) = Parent(root, pointer);
        return (parent is JsonArray array ? array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] : parent[last])!;
    }

    private static (JsonNode Parent, string Last) Parent(JsonObject root, string pointer)
    {
        var segments = pointer[1..].Split('/');
        JsonNode node = root;
        foreach (var segment in segments[..^1])
        {
            node = (node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : node[segment])
                ?? throw new ArgumentException($"Nothing at '{segment}' in pointer '{pointer}'.", nameof(pointer));
        }

        return (node, segments[^1]);
    }
}
