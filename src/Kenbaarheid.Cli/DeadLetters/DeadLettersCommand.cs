using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Azure.Messaging.ServiceBus;
using Kenbaarheid.Azure.Messaging;
using Kenbaarheid.Cli.ServiceBus;
using Kenbaarheid.Events;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Cli.DeadLetters;

/// <summary>
/// <c>kenbaarheid deadletters list|show|resubmit</c>: the dead-lettered messages of <c>decision-events</c>, for operators
/// after an outage or a fix. Nothing personal reaches the screen: ids are path-safe, <c>list</c> shows no body, and
/// <c>show</c> masks every value that is not an id, code, date or yes/no field (<see cref="EventBodyMask"/>); the
/// exact body goes only to a file the operator names.
/// </summary>
internal static class DeadLettersCommand
{
    private static readonly TimeSpan ReceiveWait = TimeSpan.FromSeconds(5);

    public static Command Create() =>
        new("deadletters", "Look at the dead-lettered messages of the decision-events queue and send selected ones back to it. "
            + "Needs the role Azure Service Bus Data Owner (or Data Receiver and Data Sender) on the queue. No emulator is involved: these commands talk to a real namespace.")
        {
            CreateList(),
            CreateShow(),
            CreateResubmit(),
        };

    private static Command CreateList()
    {
        var serviceBus = new ServiceBusOptions();
        var command = new Command(
            "list",
            "List the dead-lettered messages, oldest first, without locking or changing them: sequence number, time enqueued, delivery count, "
            + "message id (path-safe), dead-letter reason and description, body size; then the count per reason. No message body is shown. "
            + "Exit code 0; 1 when the namespace cannot be read; 2 for wrong usage.");
        serviceBus.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, serviceBus, async (redriver, output, _) =>
        {
            var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
            await output.WriteLineAsync("sequence  enqueued (UTC)         deliveries  message id  reason  description  bytes").ConfigureAwait(false);
            await foreach (var message in redriver.PeekAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var reason = Clean(message.DeadLetterReason);
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                await output.WriteLineAsync(
                    $"{message.SequenceNumber}  {message.EnqueuedTime.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {message.DeliveryCount}  {SafeId(message.MessageId)}  {reason}  {Clean(message.DeadLetterErrorDescription)}  {message.Body.ToMemory().Length}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"{reasons.Values.Sum()} dead-lettered message(s){(reasons.Count == 0 ? "." : ": " + string.Join(", ", reasons.Select(r => $"{r.Value} {r.Key}")) + ".")}").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CreateShow()
    {
        var sequence = new Argument<long>("sequence-number") { Description = "The message's sequence number, as list shows it." };
        var saveBody = new Option<string?>("--save-body")
        {
            Description = "Write the exact body to this file (created; an existing file is not overwritten), e.g. to correct the event and send it with send. "
                + "The file holds personal data: keep it where the event's other copies are kept, and delete it when done.",
        };
        var serviceBus = new ServiceBusOptions();
        var command = new Command(
            "show",
            "Show one dead-lettered message without locking or changing it: its properties, the problems the event contract finds in its body "
            + "(codes, pointers and messages, as in a rejection record), and the body with every value masked except ids, codes, dates and "
            + "yes/no fields: the recipient reference, data values and free text are personal data and are never printed. "
            + "Exit code 0; 3 when there is no such message; 1 when the namespace cannot be read or the file cannot be written; 2 for wrong usage.")
        {
            sequence, saveBody,
        };
        serviceBus.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, serviceBus, async (redriver, output, error) =>
        {
            var number = parse.GetRequiredValue(sequence);
            if (await redriver.PeekAsync(number, cancellationToken).ConfigureAwait(false) is not { } message)
            {
                await error.WriteLineAsync($"There is no dead-lettered message with sequence number {number}.").ConfigureAwait(false);
                return ExitCodes.CheckFailed;
            }

            await WriteShowAsync(output, message).ConfigureAwait(false);
            if (parse.GetValue(saveBody) is { } file)
            {
                try
                {
                    await using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                    await stream.WriteAsync(message.Body.ToMemory(), cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    await error.WriteLineAsync($"The body was not saved: {exception.Message}").ConfigureAwait(false);
                    return ExitCodes.SystemFailure;
                }

                await output.WriteLineAsync($"body saved to {file}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CreateResubmit()
    {
        var all = new Option<bool>("--all") { Description = "Resubmit every dead-lettered message." };
        var reasons = new Option<string[]>("--reason")
        {
            Description = "Resubmit the messages with this dead-letter reason, e.g. MaxDeliveryCountExceeded (repeatable).",
            AllowMultipleArgumentsPerToken = true,
        };
        var sequences = new Option<long[]>("--sequence")
        {
            Description = "Resubmit the message with this sequence number, as list shows it (repeatable).",
            AllowMultipleArgumentsPerToken = true,
        };
        var messageIds = new Option<string[]>("--message-id")
        {
            Description = "Resubmit the messages with this original message id, e.g. zb999901:HT-2027-000123:1 (repeatable).",
            AllowMultipleArgumentsPerToken = true,
        };
        var serviceBus = new ServiceBusOptions();
        var command = new Command(
            "resubmit",
            "Send dead-lettered messages back to the queue: those selected by --all, --reason, --sequence or --message-id (any match selects). "
            + "Each copy keeps the body, content type, subject and application properties and gets the message id "
            + "{original}:redrive:{sequence number}: the original id would be dropped by the queue's duplicate detection inside its window, and this one is "
            + "the same on every resubmit of that message, so a rerun does not send it twice within the window (past it, the pipeline's idempotency "
            + "absorbs a second copy). A dead-lettered message is completed only after its copy was sent; one whose copy was not sent stays as it was. "
            + "Exit code 0: every selected message was resubmitted; 3: some were sent but could not be completed (they are still dead-lettered; "
            + "a rerun is safe); 1: sending failed (the rest stay dead-lettered); 2: wrong usage, such as no selection.")
        {
            all, reasons, sequences, messageIds,
        };
        serviceBus.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var selection = new DeadLetterSelection(
                parse.GetValue(all),
                (parse.GetValue(reasons) ?? []).ToHashSet(StringComparer.Ordinal),
                (parse.GetValue(sequences) ?? []).ToHashSet(),
                (parse.GetValue(messageIds) ?? []).ToHashSet(StringComparer.Ordinal));
            if (selection.IsEmpty)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("Say which messages to resubmit: --all, --reason <reason>, --sequence <number> or --message-id <id>.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            return await RunAsync(parse, serviceBus, async (redriver, output, error) =>
            {
                var result = await redriver.ResubmitAsync(selection, cancellationToken).ConfigureAwait(false);
                foreach (var message in result.Resubmitted)
                {
                    await output.WriteLineAsync($"resubmitted    {message.SequenceNumber}  {SafeId(message.MessageId)}  as {SafeId(DeadLetterRedriver.RedriveMessageId(message))}").ConfigureAwait(false);
                }

                foreach (var message in result.NotCompleted)
                {
                    await output.WriteLineAsync($"not completed  {message.SequenceNumber}  {SafeId(message.MessageId)}  sent as {SafeId(DeadLetterRedriver.RedriveMessageId(message))} but still dead-lettered; a rerun sends the same message id").ConfigureAwait(false);
                }

                foreach (var message in result.NotSent)
                {
                    await output.WriteLineAsync($"not sent       {message.SequenceNumber}  {SafeId(message.MessageId)}").ConfigureAwait(false);
                }

                await output.WriteLineAsync(
                    $"{result.Resubmitted.Count} resubmitted, {result.NotCompleted.Count} sent but not completed, {result.NotSent.Count} not sent; {result.Left} not selected, left as they were.").ConfigureAwait(false);
                if (result.Failure is { } failure)
                {
                    await error.WriteLineAsync($"Stopped: {ServiceBusOptions.Describe(failure)}. Messages not sent are still dead-lettered; run the command again when the namespace can be reached.").ConfigureAwait(false);
                    return ExitCodes.SystemFailure;
                }

                return result.NotCompleted.Count > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parse, ServiceBusOptions serviceBus, Func<DeadLetterRedriver, TextWriter, TextWriter, Task<int>> action, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        await using var client = serviceBus.CreateClient(parse, out var problem);
        if (client is null)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var queue = parse.GetRequiredValue(serviceBus.Queue);
        await using var receiver = client.CreateReceiver(queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter, ReceiveMode = ServiceBusReceiveMode.PeekLock });
        await using var sender = client.CreateSender(queue);
        try
        {
            return await action(new DeadLetterRedriver(receiver, sender, ReceiveWait), parse.InvocationConfiguration.Output, error).ConfigureAwait(false);
        }
        catch (Exception exception) when (MessagingFailure.Is(exception))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await error.WriteLineAsync($"The dead-letter queue of '{queue}' cannot be read: {ServiceBusOptions.Describe(exception)}.").ConfigureAwait(false);
            return ExitCodes.SystemFailure;
        }
    }

    private static async Task WriteShowAsync(TextWriter output, ServiceBusReceivedMessage message)
    {
        var body = message.Body.ToMemory();
        var eventBytes = CloudEventBody.Unwrap(body, out var unwrapped);
        await output.WriteLineAsync($"sequence number  {message.SequenceNumber}").ConfigureAwait(false);
        await output.WriteLineAsync($"message id       {SafeId(message.MessageId)}").ConfigureAwait(false);
        await output.WriteLineAsync($"subject          {SafeId(message.Subject)}").ConfigureAwait(false);
        await output.WriteLineAsync($"content type     {Clean(message.ContentType)}").ConfigureAwait(false);
        await output.WriteLineAsync($"enqueued (UTC)   {message.EnqueuedTime.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}").ConfigureAwait(false);
        await output.WriteLineAsync($"deliveries       {message.DeliveryCount}").ConfigureAwait(false);
        await output.WriteLineAsync($"reason           {Clean(message.DeadLetterReason)}").ConfigureAwait(false);
        await output.WriteLineAsync($"description      {Clean(message.DeadLetterErrorDescription)}").ConfigureAwait(false);
        await output.WriteLineAsync($"body             {body.Length} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(body.Span))}{(unwrapped ? "; a JSON string holding the event (ProcessDecision unwraps it)" : string.Empty)}").ConfigureAwait(false);

        var validation = EventValidator.WithoutAgencyProfiles().Validate(eventBytes);
        await output.WriteLineAsync(validation.IsValid
            ? "contract         no problems (agency profile, register and store not checked here)"
            : $"contract         {validation.Problems.Count} problem(s)").ConfigureAwait(false);
        foreach (var problem in validation.Problems)
        {
            await output.WriteLineAsync($"                 {problem.Code}  {(problem.Path.Length == 0 ? "(event)" : problem.Path)}  {problem.Message}").ConfigureAwait(false);
        }

        await output.WriteLineAsync("body, masked (values other than ids, codes, dates and yes/no fields are replaced; --save-body writes the exact bytes to a file):").ConfigureAwait(false);
        await output.WriteLineAsync(EventBodyMask.Mask(eventBytes) ?? "(not JSON: nothing of it is shown)").ConfigureAwait(false);
    }

    private static string SafeId(string? id) => string.IsNullOrEmpty(id) ? "-" : PathSafeId.From(id);

    /// <summary>Reason and description are set by Service Bus or the Functions host; control characters and length are still bounded.</summary>
    private static string Clean(string? text) =>
        string.IsNullOrEmpty(text) ? "-" : new string([.. text.Take(200).Select(c => char.IsControl(c) ? ' ' : c)]);
}
