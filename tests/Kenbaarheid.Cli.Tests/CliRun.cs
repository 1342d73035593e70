using System.Diagnostics;

namespace Kenbaarheid.Cli.Tests;

/// <summary>Runs the real command-line tool as a separate process, as a user would, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly string RepositoryRoot = FindRoot();

    public static Task<CliRun> StartAsync(params string[] arguments) => StartInAsync(RepositoryRoot, arguments);

    /// <summary>Runs the tool from another folder, as someone would who has the tool but not this repository.</summary>
    public static Task<CliRun> StartInAsync(string workingDirectory, params string[] arguments) =>
        StartAsync(workingDirectory, new Dictionary<string, string?>(), arguments);

    public static async Task<CliRun> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kenbaarheid.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kenbaarheid.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Kenbaarheid.sln found above {AppContext.BaseDirectory}.");
    }
}
