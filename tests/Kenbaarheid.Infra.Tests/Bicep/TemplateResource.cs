using System.Text.Json.Nodes;

namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>One resource of the compiled template, read in the scope of the template that declares it.</summary>
public sealed class TemplateResource
{
    internal TemplateResource(DeploymentScope scope, JsonObject json)
    {
        Scope = scope;
        Json = json;
        Type = json["type"]?.GetValue<string>()
            ?? throw new InvalidDataException($"A resource in '{scope.DeploymentName}' has no type.");
    }

    /// <summary>The template that declares this resource.</summary>
    public DeploymentScope Scope { get; }

    /// <summary>The resource as compiled.</summary>
    public JsonObject Json { get; }

    /// <summary>The resource type, e.g. Microsoft.Storage/storageAccounts.</summary>
    public string Type { get; }

    /// <summary>
    /// The segments of the resource name with parameters resolved: an account is one segment, a
    /// container three (account, "default", container).
    /// </summary>
    public IReadOnlyList<string> NameSegments
    {
        get
        {
            var name = Json["name"]?.GetValue<string>()
                ?? throw new InvalidDataException($"A {Type} in '{Scope.DeploymentName}' has no name.");
            if (!name.StartsWith('['))
            {
                return name.Split('/');
            }

            if (!name.StartsWith("[format(", StringComparison.Ordinal))
            {
                return [Scope.ResolveString(JsonValue.Create(name)) ?? name];
            }

            // format('{0}/{1}', parameters('name'), 'default'): the first argument is the pattern.
            return [.. Scope.FormatArguments(name).Skip(1)];
        }
    }

    /// <summary>The last name segment, e.g. a container or queue name.</summary>
    public string ShortName => NameSegments[^1];

    /// <summary>The value at a property path, with parameters and variables resolved.</summary>
    public JsonNode? Property(params string[] path)
    {
        JsonNode? node = Json;
        foreach (var step in path)
        {
            node = Scope.Resolve(node?[step]);
        }

        return node;
    }

    /// <summary><see cref="Property"/>, as a string.</summary>
    public string? StringProperty(params string[] path) =>
        Property(path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary><see cref="Property"/>, as a Boolean.</summary>
    public bool? BoolProperty(params string[] path) =>
        Property(path) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary><see cref="Property"/>, as an integer.</summary>
    public int? IntProperty(params string[] path) =>
        Property(path) is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    /// <inheritdoc />
    public override string ToString() => $"{Type} '{string.Join('/', NameSegments)}' in {Scope.DeploymentName}";
}
