using System.Text.Json.Nodes;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>Every node of a JSON tree with the name it stands under (array items under their array's name).</summary>
internal static class JsonTree
{
    public static IEnumerable<(string? Name, JsonNode Node)> Descendants(JsonNode? node, string? name = null)
    {
        if (node is null)
        {
            yield break;
        }

        yield return (name, node);
        var children = node switch
        {
            JsonObject obj => obj.Select(member => (Name: (string?)member.Key, Node: member.Value)),
            JsonArray array => array.Select(item => (Name: name, Node: item)),
            _ => [],
        };
        foreach (var (childName, child) in children)
        {
            foreach (var descendant in Descendants(child, childName))
            {
                yield return descendant;
            }
        }
    }
}
