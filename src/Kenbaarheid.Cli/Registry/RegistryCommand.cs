using System.CommandLine;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Cli.Registry;

/// <summary><c>kenbaarheid registry sync</c>: takes a snapshot of agencies' Algoritmeregister entries into a folder.</summary>
internal static class RegistryCommand
{
    public static Command Create()
    {
        var api = new Option<string>("--api")
        {
            Description = "The register's address. Default: the public register, https://algoritmes.overheid.nl.",
            DefaultValueFactory = _ => AlgoritmeregisterClientOptions.PublicRegister.ToString(),
        };
        var orgs = new Option<string[]>("--org")
        {
            Description = "An organisation's org_id (gm####, pv##, ws####, mnre####, zb######, oorg#####); repeat for more.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "The snapshot folder: snapshots/{id}/ holds each sync, current.json names the one in use (pass this folder to process --registry).",
            Required = true,
        };

        var sync = new Command(
            "sync",
            "Fetch the organisations' register entries and write them as a new snapshot; current.json moves to it only when it is complete. "
            + "Exit code 0: synced; 1: the register could not be read or the folder written (the current snapshot stays in use); 2: wrong usage.")
        {
            api, orgs, output,
        };
        sync.SetAction((parse, cancellationToken) => SyncAsync(
            parse.GetRequiredValue(api),
            parse.GetRequiredValue(orgs),
            parse.GetRequiredValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));

        return new Command("registry", "Work with the Algoritmeregister.") { sync };
    }

    private static async Task<int> SyncAsync(string apiAddress, string[] orgs, string outputPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(apiAddress, UriKind.Absolute, out var api))
        {
            await error.WriteLineAsync($"--api '{apiAddress}' is not an absolute address such as https://algoritmes.overheid.nl.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        RegistrySynchronizer synchronizer;
        try
        {
            synchronizer = new RegistrySynchronizer(new AlgoritmeregisterClient(http, new AlgoritmeregisterClientOptions { BaseAddress = api }), new FolderRegistrySnapshotStore(outputPath));
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            var result = await synchronizer.SyncAsync(orgs, cancellationToken).ConfigureAwait(false);
            foreach (var organisation in result.Organisations)
            {
                await output.WriteLineAsync($"{organisation.OrgId}  {organisation.EntryCount} entr{(organisation.EntryCount == 1 ? "y" : "ies")}  {organisation.Name}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"Snapshot {result.SnapshotId}: {result.EntryCount} entries, now current in {Path.GetFullPath(outputPath)}").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception exception) when (exception is RegisterRequestException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Sync failed; the current snapshot (if any) stays in use. {exception.Message}").ConfigureAwait(false);
            return ExitCodes.SystemFailure;
        }
    }
}
