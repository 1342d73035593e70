using System.CommandLine;
using System.Security.Cryptography;
using Kenbaarheid.Azure.Messaging;
using Kenbaarheid.Cli.Process;
using Kenbaarheid.Cli.ServiceBus;
using Kenbaarheid.Cli.Validate;

namespace Kenbaarheid.Cli.Send;

/// <summary>
/// <c>kenbaarheid send</c>: publishes decision events on the queue the way the contract says. Every event is checked
/// first, as <c>validate</c> checks it, and an invalid one is never sent.
/// </summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var inputs = EventInputReader.CreateArgument();
        var checks = new EventCheckOptions();
        var serviceBus = new ServiceBusOptions();

        var command = new Command(
            "send",
            "Publish decision events on the decision-events queue: each checked first as validate checks it (an invalid event is never sent), "
            + $"sent as a CloudEvent in structured mode (ContentType {DecisionEventMessage.ContentType}, MessageId {{agency}}:{{decision}}:{{revision}}, "
            + "Subject the decision id), in as few message batches as the namespace allows. Prints one line per event (sent, skipped as a "
            + "repeat of an earlier input, or refused with the reasons) and a summary; a progress bar on the error stream for "
            + $"{ProgressDisplay.LargeRun} events or more. Exit code 0: every valid event was sent and none was refused; 3: some were refused "
            + "(the others were sent); 1: Service Bus could not be reached or refused a batch after the retries (what was sent is listed); "
            + "2: wrong usage.")
        {
            inputs,
        };
        serviceBus.AddTo(command);
        checks.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetRequiredValue(inputs);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (await EventInputReader.ReportMissingAsync(paths, error).ConfigureAwait(false))
            {
                return ExitCodes.UsageError;
            }

            var (checker, exitCode) = await checks.CreateCheckerAsync(parse, error, cancellationToken).ConfigureAwait(false);
            if (checker is null)
            {
                return exitCode;
            }

            await using var client = serviceBus.CreateClient(parse, out var problem);
            if (client is null)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var plan = new SendPlan();
            await foreach (var input in EventInputReader.ReadAsync(paths, cancellationToken).ConfigureAwait(false))
            {
                plan.Add(checker.Check(input));
            }

            await using var sender = client.CreateSender(parse.GetRequiredValue(serviceBus.Queue));
            var result = await ProgressDisplay.RunAsync(
                "Sending",
                plan.Outgoing.Count,
                progress => new DecisionEventSender(sender).SendAsync(plan.Outgoing, progress, cancellationToken)).ConfigureAwait(false);

            await plan.WriteReportAsync(output, result).ConfigureAwait(false);
            if (result.Failure is { } failure)
            {
                await error.WriteLineAsync($"Stopped: {ServiceBusOptions.Describe(failure)}. Events marked 'not sent' were not sent; send them again when the namespace can be reached (the queue drops a repeat of one already sent).").ConfigureAwait(false);
                return ExitCodes.SystemFailure;
            }

            return plan.Refused > 0 || result.TooLarge.Count > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Event hashes compare inputs: the same event twice is skipped, two events for one decision revision refused.</summary>
    internal static string Sha256(ReadOnlyMemory<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
}
