using System.Text.Json.Nodes;

namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>The ARM JSON bicep produced, with every module's resources reachable in one list.</summary>
public sealed class CompiledTemplate
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    private CompiledTemplate(JsonObject root)
    {
        Main = new DeploymentScope("main", root, passedParameters: null, parent: null);
        Resources = [.. Walk(Main)];
    }

    /// <summary>main.bicep's own template.</summary>
    public DeploymentScope Main { get; }

    /// <summary>Every resource of main.bicep and of its modules, module deployments included.</summary>
    public IReadOnlyList<TemplateResource> Resources { get; }

    /// <summary>Parses the output of <c>bicep build --stdout</c>.</summary>
    public static CompiledTemplate Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidDataException("The compiled template is not a JSON object."));

    /// <summary>Every resource of one type, wherever it is declared.</summary>
    public IReadOnlyList<TemplateResource> OfType(string type) =>
        [.. Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The one resource of a type; fails if there are none or several.</summary>
    public TemplateResource Only(string type)
    {
        var matches = OfType(type);
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {type}, found {matches.Count}.");
    }

    private static IEnumerable<TemplateResource> Walk(DeploymentScope scope)
    {
        // Templates in symbolic-name form keep resources in an object; this project compiles to the
        // classic array, and a change of form should fail here loudly rather than test nothing.
        if (scope.Template["resources"] is not JsonArray resources)
        {
            throw new InvalidDataException($"Template '{scope.DeploymentName}' has no resources array.");
        }

        foreach (var json in resources.OfType<JsonObject>())
        {
            var resource = new TemplateResource(scope, json);
            yield return resource;

            if (resource.Type == DeploymentType && json["properties"]?["template"] is JsonObject nested)
            {
                var nestedScope = new DeploymentScope(
                    resource.NameSegments[0],
                    nested,
                    json["properties"]?["parameters"] as JsonObject,
                    scope);
                foreach (var inner in Walk(nestedScope))
                {
                    yield return inner;
                }
            }
        }
    }
}
