using System.CommandLine;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Kenbaarheid.Azure.Messaging;

namespace Kenbaarheid.Cli.ServiceBus;

/// <summary>
/// How the commands that talk to Service Bus reach it: <c>--namespace</c> signed in with DefaultAzureCredential, or, for
/// local use, a connection string in <see cref="ConnectionStringVariable"/> (an environment variable, so it stays out
/// of shell history and process lists; it is never printed). Retries are the client's own
/// (<see cref="ServiceBusClientOptions.RetryOptions"/>): exponential, <c>--max-retries</c> times per operation.
/// </summary>
internal sealed class ServiceBusOptions
{
    public const string ConnectionStringVariable = "KENBAARHEID_SERVICEBUS_CONNECTION_STRING";

    public Option<string?> Namespace { get; } = new("--namespace")
    {
        Description = "The Service Bus namespace, e.g. sb-kenbaarheid-prod.servicebus.windows.net; signed in with DefaultAzureCredential "
            + "(az login, a managed identity, workload identity, or the AZURE_* variables). The identity needs the role Azure Service Bus Data Sender "
            + $"(send) or Data Owner (deadletters) on the queue. Leave it out to use a connection string from the environment variable {ConnectionStringVariable} instead (local use).",
    };

    public Option<string> Queue { get; } = new("--queue")
    {
        Description = "The queue.",
        DefaultValueFactory = _ => DecisionEventMessage.DefaultQueue,
    };

    public Option<int> MaxRetries { get; } = new("--max-retries")
    {
        Description = "How often the Service Bus client retries a failed operation, with exponential back-off (0.8 s doubling, at most 60 s apart; each try times out after 60 s).",
        DefaultValueFactory = _ => 3,
    };

    public Option<bool> WebSockets { get; } = new("--web-sockets")
    {
        Description = "Connect with AMQP over WebSockets on port 443, for networks that block AMQP's port 5671.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Namespace);
        command.Options.Add(Queue);
        command.Options.Add(MaxRetries);
        command.Options.Add(WebSockets);
    }

    /// <summary>
    /// A failure in one line: the client's messages carry the AMQP stack trace after the first line, and its reason
    /// (e.g. ServiceCommunicationProblem, MessagingEntityNotFound) says what to look at.
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var firstLine = exception.Message.Split('\n', 2)[0].Trim();
        return exception is ServiceBusException serviceBus ? $"{serviceBus.Reason}: {firstLine}" : firstLine;
    }

    /// <summary>The client for the options given, or null with the problem to report as wrong usage.</summary>
    public ServiceBusClient? CreateClient(ParseResult parse, out string? problem)
    {
        problem = null;
        var ns = parse.GetValue(Namespace);
        var connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        var maxRetries = parse.GetValue(MaxRetries);
        if (maxRetries is < 0 or > 100)
        {
            problem = "--max-retries must be from 0 to 100.";
            return null;
        }

        var options = new ServiceBusClientOptions
        {
            TransportType = parse.GetValue(WebSockets) ? ServiceBusTransportType.AmqpWebSockets : ServiceBusTransportType.AmqpTcp,
            RetryOptions = new ServiceBusRetryOptions
            {
                Mode = ServiceBusRetryMode.Exponential,
                MaxRetries = maxRetries,
                Delay = TimeSpan.FromSeconds(0.8),
                MaxDelay = TimeSpan.FromSeconds(60),
                TryTimeout = TimeSpan.FromSeconds(60),
            },
        };

        if (!string.IsNullOrWhiteSpace(ns))
        {
            if (!string.IsNullOrEmpty(connectionString))
            {
                problem = $"Both --namespace and {ConnectionStringVariable} are set; use one: --namespace signs in with DefaultAzureCredential, the variable is for local use.";
                return null;
            }

            try
            {
                return new ServiceBusClient(ns, new DefaultAzureCredential(), options);
            }
            catch (ArgumentException exception)
            {
                problem = $"--namespace '{ns}' is not a namespace host name such as sb-kenbaarheid-prod.servicebus.windows.net: {exception.Message}";
                return null;
            }
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            problem = $"Name the namespace with --namespace <name>.servicebus.windows.net, or set {ConnectionStringVariable} for local use.";
            return null;
        }

        try
        {
            return new ServiceBusClient(connectionString, options);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            // The parser's message may quote the string, key included: name the problem only.
            problem = $"{ConnectionStringVariable} is not a Service Bus connection string (Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…).";
            return null;
        }
    }
}
