using System.CommandLine;
using Kenbaarheid.Agencies;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Cli.Process;

/// <summary><c>kenbaarheid process</c>: runs the pipeline over event files and writes notices and rejections to a folder.</summary>
internal static class ProcessCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Event files (.json: one event), batches (.jsonl/.ndjson: one event per line) or folders (searched recursively for both).",
        };
        var registry = new Option<string>("--registry")
        {
            Description = "Algoritmeregister records: a folder of record files, one record file, or a site-data dump.",
            DefaultValueFactory = _ => "samples/registry",
        };
        var agencies = new Option<string>("--agencies")
        {
            Description = "Folder of agency profiles ({org_id}.json).",
            DefaultValueFactory = _ => "samples/agencies",
        };
        var output = new Option<string>("--out")
        {
            Description = "Output folder; notices go to notices/, rejections to rejections/.",
            DefaultValueFactory = _ => "out",
        };
        var templates = new Option<string>("--templates")
        {
            Description = "Template folder. Default: ./templates if it exists, else the templates shipped with the tool.",
            DefaultValueFactory = _ => Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates"),
        };

        var command = new Command(
            "process",
            "Turn decision events into transparency notices. Prints one line per event (issued, or rejected with its reasons) and a summary. "
            + "Exit code 0: every event got an outcome; 1: the output or configuration could not be used; 2: wrong usage, such as a path that does not exist.")
        {
            inputs, registry, agencies, output, templates,
        };

        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(inputs),
            parse.GetRequiredValue(registry),
            parse.GetRequiredValue(agencies),
            parse.GetRequiredValue(output),
            parse.GetRequiredValue(templates),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] inputs, string registryPath, string agenciesPath, string outputPath, string templatesPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var missing = EventInputReader.Missing(inputs)
            .Select(path => $"input '{path}'")
            .Concat(new[] { (registryPath, "--registry"), (agenciesPath, "--agencies"), (templatesPath, "--templates") }
                .Where(option => !File.Exists(option.Item1) && !Directory.Exists(option.Item1))
                .Select(option => $"{option.Item2} '{option.Item1}'"))
            .ToList();
        if (missing.Count > 0)
        {
            await error.WriteLineAsync($"Not found: {string.Join(", ", missing)}. Check the path (defaults are relative to the current folder, so run from the repository root or pass the option).").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        NoticePipeline pipeline;
        try
        {
            Directory.CreateDirectory(outputPath);
            pipeline = new NoticePipelineBuilder()
                .WithAgencies(await AgencyProfileLoader.LoadAsync(agenciesPath, cancellationToken).ConfigureAwait(false))
                .WithRegistry(await RegistrySnapshotLoader.LoadAsync(registryPath, cancellationToken).ConfigureAwait(false))
                .WithTemplates(await TemplateSetLoader.LoadAsync(templatesPath, cancellationToken).ConfigureAwait(false))
                .WithStore(new FileSystemNoticeStore(outputPath))
                .Build();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or TemplateException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Cannot start: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.SystemFailure;
        }

        var report = new OutcomeReport(output);
        await foreach (var input in EventInputReader.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            var outcome = await pipeline.ProcessAsync(input.Bytes, cancellationToken).ConfigureAwait(false);
            await report.WriteAsync(input, outcome).ConfigureAwait(false);
            if (outcome is PipelineOutcome.TransientFailure failure)
            {
                await error.WriteLineAsync($"Stopped: the output folder '{Path.GetFullPath(outputPath)}' cannot be written ({failure.Reason}). Events not yet processed got no outcome; run the command again when the folder is writable.").ConfigureAwait(false);
                return ExitCodes.SystemFailure;
            }
        }

        await report.WriteSummaryAsync(Path.GetFullPath(outputPath)).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
