using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Infra.Tests.Repository;

/// <summary>
/// What the function app's host files (host.json, functions/*/function.json) require from the
/// infrastructure: the connection names they look up in app settings and the queues they bind to.
/// </summary>
public sealed class FunctionHostFiles
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private FunctionHostFiles(
        IReadOnlySet<string> connectionNames,
        IReadOnlySet<string> queueNames,
        IReadOnlySet<string> serviceBusConnectionNames)
    {
        ConnectionNames = connectionNames;
        QueueNames = queueNames;
        ServiceBusConnectionNames = serviceBusConnectionNames;
    }

    /// <summary>Every value of a "connection" property, anywhere in host.json or a function.json.</summary>
    public IReadOnlySet<string> ConnectionNames { get; }

    /// <summary>Every "queueName" a binding uses.</summary>
    public IReadOnlySet<string> QueueNames { get; }

    /// <summary>Connections used by Service Bus bindings, which need a fullyQualifiedNamespace setting.</summary>
    public IReadOnlySet<string> ServiceBusConnectionNames { get; }

    /// <summary>Reads the host files at the repository root.</summary>
    public static FunctionHostFiles Load()
    {
        var connections = new SortedSet<string>(StringComparer.Ordinal);
        var queues = new SortedSet<string>(StringComparer.Ordinal);
        var serviceBusConnections = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in RepositoryLayout.FunctionJsonFiles.Prepend(RepositoryLayout.HostJson))
        {
            var root = JsonNode.Parse(File.ReadAllText(file), documentOptions: Lenient)
                ?? throw new InvalidDataException($"'{file}' is empty.");
            Collect(root, "connection", connections);
            Collect(root, "queueName", queues);
            CollectServiceBusConnections(root, serviceBusConnections);
        }

        return new FunctionHostFiles(connections, queues, serviceBusConnections);
    }

    private static void Collect(JsonNode node, string propertyName, ISet<string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name == propertyName && child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        values.Add(text);
                    }
                    else if (child is not null)
                    {
                        Collect(child, propertyName, values);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    Collect(child, propertyName, values);
                }

                break;
        }
    }

    private static void CollectServiceBusConnections(JsonNode root, SortedSet<string> connections)
    {
        var bindings = root["bindings"] as JsonArray ?? [];
        foreach (var binding in bindings.OfType<JsonObject>())
        {
            var type = binding["type"]?.GetValue<string>() ?? string.Empty;
            var connection = binding["connection"]?.GetValue<string>();
            // serviceBusTrigger and serviceBus (output) both take their namespace from the connection.
            if (connection is not null && type.StartsWith("serviceBus", StringComparison.OrdinalIgnoreCase))
            {
                connections.Add(connection);
            }
        }
    }
}
