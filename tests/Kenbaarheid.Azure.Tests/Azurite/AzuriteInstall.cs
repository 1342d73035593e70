using System.Diagnostics;

namespace Kenbaarheid.Azure.Tests.Azurite;

/// <summary>
/// Finds Azurite in <c>tests/tools/node_modules</c>, installing it with <c>npm ci</c> from the committed lock file
/// when it is missing. A file lock serialises installs across test processes.
/// </summary>
internal static class AzuriteInstall
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<string> EnsureAsync()
    {
        var tools = Path.Combine(RepositoryRoot(), "tests", "tools");
        var executable = Path.Combine(tools, "node_modules", ".bin", "azurite-blob");
        if (File.Exists(executable))
        {
            return executable;
        }

        await Gate.WaitAsync();
        try
        {
            using var fileLock = await LockAsync(Path.Combine(Path.GetTempPath(), "kenbaarheid-azurite-install.lock"));
            if (File.Exists(executable))
            {
                return executable;
            }

            var start = new ProcessStartInfo("npm") { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            using var npm = Process.Start(start) ?? throw new InvalidOperationException("Cannot start npm; Node.js and npm are needed to run Azurite.");
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0 || !File.Exists(executable))
            {
                throw new InvalidOperationException($"'npm ci' in '{tools}' failed with exit code {npm.ExitCode}: {await error}{await output}");
            }

            return executable;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
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
}
