using System.Diagnostics;
using System.Reflection;

namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>Runs the real bicep binary restored from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
public static class BicepCli
{
    // A cold start of the single-file binary takes a few seconds of CPU, but on a shared two-core machine under
    // load a build-params was seen to take 36 s of wall time; five minutes means it hangs.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Path of the bicep executable, as recorded at build time from the restored package.</summary>
    public static string ExecutablePath { get; } = FindExecutable();

    /// <summary>Compiles a .bicep file to ARM JSON on stdout.</summary>
    public static Task<BicepResult> BuildAsync(string bicepFile, CancellationToken cancellationToken) =>
        RunAsync(["build", bicepFile, "--stdout", "--no-restore"], cancellationToken);

    /// <summary>
    /// Compiles a .bicepparam file to its parameters and template JSON on stdout, with the environment variables its
    /// <c>readEnvironmentVariable()</c> calls read (null removes one inherited from the test process).
    /// </summary>
    public static Task<BicepResult> BuildParamsAsync(string bicepParamFile, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken) =>
        RunAsync(["build-params", bicepParamFile, "--stdout", "--no-restore"], cancellationToken, environment);

    /// <summary>Runs the linter with the rules in infra/bicepconfig.json.</summary>
    public static Task<BicepResult> LintAsync(string bicepFile, CancellationToken cancellationToken) =>
        RunAsync(["lint", bicepFile, "--no-restore"], cancellationToken);

    private static async Task<BicepResult> RunAsync(
        IReadOnlyList<string> arguments, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var command = $"bicep {string.Join(' ', arguments)}";
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{ExecutablePath}' for `{command}`.");

        // Both streams are drained concurrently: a compiled template is larger than a pipe buffer, and
        // reading one stream to the end first would deadlock against a process blocked on the other.
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish within {Timeout}.");
        }

        return new BicepResult(command, process.ExitCode, await standardOutput, await standardError);
    }

    private static string FindExecutable()
    {
        var recorded = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(recorded) || !File.Exists(recorded))
        {
            throw new FileNotFoundException(
                $"The bicep binary was not found at '{recorded}'. It comes from the NuGet package " +
                "Azure.Bicep.CommandLine.linux-x64; run `dotnet restore` for this project.");
        }

        // NuGet may extract the binary without its execute bit; without it Process.Start fails.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(recorded);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(recorded, mode | UnixFileMode.UserExecute);
            }
        }

        return recorded;
    }
}
