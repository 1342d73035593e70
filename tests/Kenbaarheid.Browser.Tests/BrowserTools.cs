using System.Diagnostics;

namespace Kenbaarheid.Browser.Tests;

/// <summary>
/// What the browser checks need, installed by the tests themselves on a fresh machine: Debian's <c>chromium</c>
/// (apt-get, as root) when <c>/usr/bin/chromium</c> is missing, and playwright-core with axe-core from the
/// committed lock file in <c>tests/browser</c> (<c>npm ci</c>) when its node_modules is missing. A file lock keeps
/// test processes running side by side from installing twice.
/// </summary>
internal static class BrowserTools
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string NpmFolder => Path.Combine(RepositoryRoot(), "tests", "browser");

    public static async Task EnsureAsync()
    {
        if (File.Exists(Chromium) && Directory.Exists(Path.Combine(NpmFolder, "node_modules", "playwright-core")) && Directory.Exists(Path.Combine(NpmFolder, "node_modules", "axe-core")))
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            using var fileLock = await LockAsync(Path.Combine(Path.GetTempPath(), "kenbaarheid-browser-install.lock"));
            if (!File.Exists(Chromium))
            {
                await RunAsync("apt-get", ["update"], "/", TimeSpan.FromMinutes(10));
                await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], "/", TimeSpan.FromMinutes(20));
            }

            if (!Directory.Exists(Path.Combine(NpmFolder, "node_modules", "playwright-core")) || !Directory.Exists(Path.Combine(NpmFolder, "node_modules", "axe-core")))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], NpmFolder, TimeSpan.FromMinutes(10));
            }
        }
        finally
        {
            Gate.Release();
        }
    }

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

    private static async Task<FileStream> LockAsync(string path)
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
