using System.CommandLine;
using Kenbaarheid.Agencies;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Cli.Process;

/// <summary>
/// <c>kenbaarheid process</c>: runs the pipeline over event files and writes notices and rejections to a folder, or
/// with <c>--blob</c> to the containers <c>notices</c> and <c>rejections</c> of a storage account.
/// </summary>
internal static class ProcessCommand
{
    public static Command Create()
    {
        var inputs = EventInputReader.CreateArgument();
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
        var blob = new Option<string?>("--blob")
        {
            Description = "Write to Blob Storage instead of --out: a connection string (e.g. Azurite's) or an account URL such as https://account.blob.core.windows.net, signed in with DefaultAzureCredential.",
        };
        var templates = new Option<string>("--templates")
        {
            Description = "Template folder. Default: ./templates if it exists, else the templates shipped with the tool.",
            DefaultValueFactory = _ => Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates"),
        };

        var preview = new Option<bool>("--preview")
        {
            Description = "Preview mode for template authors: render templates that are not approved, every document marked as a draft. "
                + "Without it, the command refuses templates whose sources do not match an approved entry in manifest.json.",
        };

        var command = new Command(
            "process",
            "Turn decision events into transparency notices. Prints one line per event (issued, or rejected with its reasons) and a summary. "
            + "Exit code 0: every event got an outcome; 1: the output or configuration could not be used; 2: wrong usage, such as a path that does not exist.")
        {
            inputs, registry, agencies, output, blob, templates, preview,
        };

        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(inputs),
            parse.GetRequiredValue(registry),
            parse.GetRequiredValue(agencies),
            parse.GetRequiredValue(output),
            parse.GetValue(blob),
            parse.GetRequiredValue(templates),
            parse.GetValue(preview) ? TemplateMode.Preview : TemplateMode.Production,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] inputs, string registryPath, string agenciesPath, string outputPath, string? blob, string templatesPath, TemplateMode templateMode, TextWriter output, TextWriter error, CancellationToken cancellationToken)
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
        string destination;
        try
        {
            INoticeStore store;
            if (blob is null)
            {
                Directory.CreateDirectory(outputPath);
                store = new FileSystemNoticeStore(outputPath);
                destination = Path.GetFullPath(outputPath);
            }
            else
            {
                var service = NoticeStoreClientFactory.Create(BlobStoreOptions(blob));
                store = new BlobNoticeStore(service, TimeProvider.System);
                destination = service.Uri.AbsoluteUri;
            }

            pipeline = new NoticePipelineBuilder()
                .WithAgencies(await AgencyProfileLoader.LoadAsync(agenciesPath, cancellationToken).ConfigureAwait(false))
                .WithRegistry(await RegistrySnapshotLoader.LoadAsync(registryPath, cancellationToken).ConfigureAwait(false))
                .WithTemplates(await TemplateSetLoader.LoadAsync(templatesPath, cancellationToken).ConfigureAwait(false))
                .WithStore(store)
                .WithTemplateMode(templateMode)
                .Build();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or TemplateException or InvalidOperationException or FormatException or ArgumentException)
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
                await error.WriteLineAsync($"Stopped: the output '{destination}' cannot be written ({failure.Reason}). Events not yet processed got no outcome; run the command again when it is writable.").ConfigureAwait(false);
                return ExitCodes.SystemFailure;
            }
        }

        await report.WriteSummaryAsync(destination).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>An account URL signs in with DefaultAzureCredential; anything else is taken as a connection string.</summary>
    private static NoticeStoreOptions BlobStoreOptions(string blob) =>
        !blob.Contains(';', StringComparison.Ordinal) && Uri.TryCreate(blob, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? new NoticeStoreOptions { BlobServiceUri = url }
            : new NoticeStoreOptions { ConnectionString = blob };
}
