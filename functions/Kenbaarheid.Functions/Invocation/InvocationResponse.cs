using System.Text.Json.Serialization;

namespace Kenbaarheid.Functions.Invocation;

/// <summary>
/// The handler's answer to an invocation: output binding values by binding name, log lines for the host's log, and
/// the return value. Always sent, with a JSON body, whatever the status: the host fails an invocation whose body it
/// cannot read. Names are written as the host's contract spells them.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue);
