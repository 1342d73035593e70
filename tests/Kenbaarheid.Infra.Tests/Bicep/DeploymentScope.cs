using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>
/// One template in the compiled output: main.bicep itself, or a module's nested deployment together
/// with the values its parent passes in. Lets a test follow a module parameter back to the value
/// main.bicep gives it, so assertions hold for what is deployed rather than for a module in isolation.
/// </summary>
public sealed partial class DeploymentScope
{
    private readonly JsonObject? _passedParameters;
    private readonly DeploymentScope? _parent;

    internal DeploymentScope(string deploymentName, JsonObject template, JsonObject? passedParameters, DeploymentScope? parent)
    {
        DeploymentName = deploymentName;
        Template = template;
        _passedParameters = passedParameters;
        _parent = parent;
    }

    /// <summary>"main" for main.bicep, otherwise the module's deployment name.</summary>
    public string DeploymentName { get; }

    /// <summary>The ARM template of this scope.</summary>
    public JsonObject Template { get; }

    /// <summary>
    /// Replaces a bare <c>[parameters('x')]</c> or <c>[variables('x')]</c> with what it stands for,
    /// following parameters up through the parents and falling back to declared defaults. Any other
    /// value, including a larger expression, is returned as it is.
    /// </summary>
    public JsonNode? Resolve(JsonNode? value) => Resolve(value, stopAtMainParameters: false);

    /// <summary>
    /// Like <see cref="Resolve(JsonNode?)"/>, but stops at main.bicep's own parameters instead of
    /// using their defaults, so a test can tell "comes from parameter x" from "happens to equal x's
    /// default".
    /// </summary>
    public string? Origin(JsonNode? value) =>
        Resolve(value, stopAtMainParameters: true) is JsonValue scalar && scalar.TryGetValue<string>(out var text)
            ? text
            : null;

    private JsonNode? Resolve(JsonNode? value, bool stopAtMainParameters)
    {
        if (value is not JsonValue scalar || !scalar.TryGetValue<string>(out var text))
        {
            return value;
        }

        var parameter = ParameterReference().Match(text);
        if (parameter.Success)
        {
            return ResolveParameter(parameter.Groups[1].Value, stopAtMainParameters);
        }

        var variable = VariableReference().Match(text);
        if (variable.Success)
        {
            var name = variable.Groups[1].Value;
            var declared = Template["variables"]?[name]
                ?? throw new KeyNotFoundException($"Template '{DeploymentName}' has no variable '{name}'.");
            return Resolve(declared, stopAtMainParameters);
        }

        // format('{0}/', 'rejections') and the like: computed here when every argument is known.
        if (text.StartsWith("[format(", StringComparison.Ordinal))
        {
            var arguments = FormatArguments(text);
            if (arguments.Skip(1).All(argument => !argument.StartsWith('[')))
            {
                var formatted = arguments[0];
                for (var index = 1; index < arguments.Count; index++)
                {
                    formatted = formatted.Replace($"{{{index - 1}}}", arguments[index], StringComparison.Ordinal);
                }

                return JsonValue.Create(formatted);
            }
        }

        return value;
    }

    /// <summary>
    /// The arguments of a <c>[format(...)]</c> expression, the pattern first, each literal unquoted
    /// and each parameter or variable reference resolved.
    /// </summary>
    public IReadOnlyList<string> FormatArguments(string expression) =>
        [.. FormatArgument().Matches(expression).Select(match => ResolveArgument(match.Value))];

    private string ResolveArgument(string argument) =>
        argument.StartsWith('\'')
            ? argument[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : ResolveString(JsonValue.Create($"[{argument}]")) ?? argument;

    /// <summary>The value of one of this template's parameters, as far as it can be known before deployment.</summary>
    public JsonNode? ResolveParameter(string name) => ResolveParameter(name, stopAtMainParameters: false);

    private JsonNode? ResolveParameter(string name, bool stopAtMainParameters)
    {
        if (_parent is not null && _passedParameters?[name] is JsonObject passed && passed.ContainsKey("value"))
        {
            return _parent.Resolve(passed["value"], stopAtMainParameters);
        }

        var declared = Template["parameters"]?[name]
            ?? throw new KeyNotFoundException($"Template '{DeploymentName}' has no parameter '{name}'.");
        if (_parent is null && stopAtMainParameters)
        {
            return JsonValue.Create($"[parameters('{name}')]");
        }

        return declared["defaultValue"] is { } defaultValue
            ? Resolve(defaultValue, stopAtMainParameters)
            // No default: the operator's parameter file supplies it; the reference itself is the answer.
            : JsonValue.Create($"[parameters('{name}')]");
    }

    /// <summary><see cref="Resolve(JsonNode?)"/>, expecting a string.</summary>
    public string? ResolveString(JsonNode? value) =>
        Resolve(value) is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"^\[parameters\('([^']+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"'(?:[^']|'')*'|parameters\('[^']+'\)|variables\('[^']+'\)")]
    private static partial Regex FormatArgument();
}
