namespace Kenbaarheid.Cli.Tests.Send;

/// <summary>The send and deadletters commands as processes. No Service Bus runs here: the failures are real ones.</summary>
public sealed class SendCommandTests
{
    private const string Key = "c2VjcmV0LWtleS1uZXZlci1wcmludGVk";

    // A closed port on the loopback address: the client's connection is refused at once, as an unreachable namespace's would be.
    private static readonly Dictionary<string, string?> Unreachable = new()
    {
        ["KENBAARHEID_SERVICEBUS_CONNECTION_STRING"] = $"Endpoint=sb://127.0.0.1:9/;SharedAccessKeyName=send;SharedAccessKey={Key}",
    };

    [Theory]
    [InlineData("send", "--namespace", "--queue", "--max-retries", "--web-sockets", "--agencies", "--registry", "KENBAARHEID_SERVICEBUS_CONNECTION_STRING", "application/cloudevents+json", "{agency}:{decision}:{revision}")]
    [InlineData("deadletters list", "--namespace", "--queue", "--max-retries", "--web-sockets", "No message body is shown")]
    [InlineData("deadletters show", "<sequence-number>", "--save-body", "--namespace", "--queue", "--max-retries", "--web-sockets", "masked")]
    [InlineData("deadletters resubmit", "--all", "--reason", "--sequence", "--message-id", "--namespace", "--queue", "--max-retries", "--web-sockets", "{original}:redrive:{sequence number}")]
    public async Task Help_DocumentsEveryOption(string command, params string[] expected)
    {
        var run = await CliRun.StartAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.All(expected, text => Assert.Contains(text, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_WithoutANamespaceOrConnectionString_IsAUsageError()
    {
        var run = await CliRun.StartAsync(CliRun.RepositoryRoot, new Dictionary<string, string?> { ["KENBAARHEID_SERVICEBUS_CONNECTION_STRING"] = null }, "send", "samples/events");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--namespace", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WhenTheNamespaceCannotBeReached_RefusesTheInvalidListsTheUnsentExitsOneAndNeverPrintsTheKey()
    {
        var run = await CliRun.StartAsync(CliRun.RepositoryRoot, Unreachable, "send", "samples/events", "--max-retries", "0");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Count(line => line.StartsWith("not sent  ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(line => line.StartsWith("refused   ", StringComparison.Ordinal)));
        Assert.Equal("8 event(s): 0 sent, 0 skipped, 2 refused, 6 not sent.", lines[^1]);
        Assert.StartsWith("Stopped: ServiceCommunicationProblem:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadLetters_WhenTheNamespaceCannotBeReached_ExitsOneAndNeverPrintsTheKey()
    {
        var run = await CliRun.StartAsync(CliRun.RepositoryRoot, Unreachable, "deadletters", "list", "--max-retries", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("The dead-letter queue of 'decision-events' cannot be read: ServiceCommunicationProblem", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadLetters_ResubmitWithoutASelection_IsAUsageError()
    {
        var run = await CliRun.StartAsync(CliRun.RepositoryRoot, Unreachable, "deadletters", "resubmit");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--all, --reason <reason>, --sequence <number> or --message-id <id>", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WithBothANamespaceAndAConnectionString_IsAUsageError()
    {
        var run = await CliRun.StartAsync(CliRun.RepositoryRoot, Unreachable, "send", "samples/events", "--namespace", "sb-x.servicebus.windows.net");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("use one", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, run.Output + run.Error, StringComparison.Ordinal);
    }
}
