using System.CommandLine;
using Kenbaarheid.Agencies;
using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Cli.Validate;

/// <summary>
/// <c>--agencies</c> and <c>--registry</c> for the commands that check events (validate, send). Each defaults to the
/// bundled samples when the current folder has them (as in the repository, where <c>process</c> uses the same
/// folders); elsewhere, as in an agency's build pipeline, the checks that need them are skipped and said to be.
/// A path given on the command line must exist.
/// </summary>
internal sealed class EventCheckOptions
{
    private const string SampleAgencies = "samples/agencies";
    private const string SampleRegistry = "samples/registry";

    public Option<string?> Agencies { get; } = new("--agencies")
    {
        Description = $"Folder of agency profiles ({{org_id}}.json), to check that the agency is served and the rules of its regime (fr-strict). "
            + $"Default: {SampleAgencies} when that folder exists here; without profiles these checks are skipped, and the output says so.",
    };

    public Option<string?> Registry { get; } = new("--registry")
    {
        Description = "Algoritmeregister records (a folder, a record file, a site-data dump or a synced snapshot folder), to check the "
            + $"algorithms against the register and the compliance flags that block an event. Needs --agencies. Default: {SampleRegistry} when "
            + "that folder exists here and profiles are in use; without it these checks are skipped, and the output says so.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Agencies);
        command.Options.Add(Registry);
    }

    /// <summary>The checker for the options given, or null after telling why not (usage: exit 2; unreadable files: exit 1).</summary>
    public async Task<(EventChecker? Checker, int ExitCode)> CreateCheckerAsync(ParseResult parse, TextWriter error, CancellationToken cancellationToken)
    {
        var agenciesGiven = parse.GetValue(Agencies);
        var registryGiven = parse.GetValue(Registry);
        var missing = new[] { ("--agencies", agenciesGiven), ("--registry", registryGiven) }
            .Where(option => option.Item2 is not null && !File.Exists(option.Item2) && !Directory.Exists(option.Item2))
            .Select(option => $"{option.Item1} '{option.Item2}'")
            .ToList();
        if (missing.Count > 0)
        {
            await error.WriteLineAsync($"Not found: {string.Join(", ", missing)}. Check the path, or leave the option out to skip those checks.").ConfigureAwait(false);
            return (null, ExitCodes.UsageError);
        }

        var agenciesPath = agenciesGiven ?? (Directory.Exists(SampleAgencies) ? SampleAgencies : null);
        var registryPath = registryGiven ?? (agenciesPath is not null && Directory.Exists(SampleRegistry) ? SampleRegistry : null);
        if (registryPath is not null && agenciesPath is null)
        {
            await error.WriteLineAsync("--registry needs --agencies: the register checks depend on the agency's profile (its regime and its policy for unregistered algorithms).").ConfigureAwait(false);
            return (null, ExitCodes.UsageError);
        }

        try
        {
            var agencies = agenciesPath is null ? null : await AgencyProfileLoader.LoadAsync(agenciesPath, cancellationToken).ConfigureAwait(false);
            var explainer = registryPath is null ? null : new NoticeExplainer(await RegistrySnapshotLoader.LoadAsync(registryPath, cancellationToken).ConfigureAwait(false));
            IReadOnlyList<string> sources =
            [
                "the event contract",
                .. agenciesPath is null ? Array.Empty<string>() : [$"agency profiles from {agenciesPath}"],
                .. registryPath is null ? Array.Empty<string>() : [$"the register from {registryPath}"],
            ];
            return (new EventChecker(agencies, explainer, sources), ExitCodes.Success);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException)
        {
            await error.WriteLineAsync($"Cannot start: {exception.Message}").ConfigureAwait(false);
            return (null, ExitCodes.SystemFailure);
        }
    }
}
