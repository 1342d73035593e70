using System.Text.Json;

namespace Kenbaarheid.Functions.Invocation;

/// <summary>
/// What the Functions host posts to <c>/{FunctionName}</c> for a trigger that is not forwarded HTTP: the trigger and
/// input binding values in <see cref="Data"/> (by binding name) and the trigger metadata in <see cref="Metadata"/>.
/// The host serialises every value that is not an object once more before it writes this envelope, so strings
/// arrive JSON-encoded twice; <see cref="InvocationValueReader"/> undoes that.
/// </summary>
public sealed record InvocationRequest(IReadOnlyDictionary<string, JsonElement>? Data, IReadOnlyDictionary<string, JsonElement>? Metadata)
{
    internal static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>A metadata value as plain text (e.g. <c>MessageId</c>, <c>DeliveryCount</c>), or null when absent.</summary>
    public string? MetadataText(string name) =>
        Metadata is not null && Metadata.TryGetValue(name, out var value) ? InvocationValueReader.ReadScalar(value) : null;
}
