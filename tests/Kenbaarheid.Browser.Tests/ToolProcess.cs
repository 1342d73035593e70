using System.Diagnostics;

namespace Kenbaarheid.Browser.Tests;

/// <summary>
/// Runs the tools the tests install (apt-get, npm, node) and finds the repository; shared by the browser checks and the
/// contract checks, which both drive npm tools from .NET.
/// </summary>
internal static class ToolProcess
{
    /// <summary>Runs a program to its end within <paramref name="timeout"/>, and returns what it printed; fails with its output otherwise.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} in '{folder}' failed with exit code {process.ExitCode}: {await error}{await output}");
        }

        return await output;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kenbaarheid.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Kenbaarheid.sln above '{AppContext.BaseDirectory}'.");
    }

    /// <summary>An exclusive lock on a file, so test processes running side by side do not install the same tools twice.</summary>
    public static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(30);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }
}
