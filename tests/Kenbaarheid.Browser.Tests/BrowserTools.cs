namespace Kenbaarheid.Browser.Tests;

/// <summary>
/// What the browser checks need, installed by the tests themselves on a fresh machine: Debian's <c>chromium</c>
/// (apt-get, as root) when <c>/usr/bin/chromium</c> is missing, and playwright-core with axe-core and pdf.js from the
/// committed lock file in <c>tests/browser</c> (<c>npm ci</c>) when its node_modules is missing. A file lock keeps
/// test processes running side by side from installing twice.
/// </summary>
internal static class BrowserTools
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static readonly string[] Packages = ["playwright-core", "axe-core", "pdfjs-dist"];

    public static string NpmFolder => Path.Combine(ToolProcess.RepositoryRoot(), "tests", "browser");

    public static async Task EnsureAsync()
    {
        if (File.Exists(Chromium) && Packages.All(package => Directory.Exists(Path.Combine(NpmFolder, "node_modules", package))))
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            using var fileLock = await ToolProcess.LockAsync(Path.Combine(Path.GetTempPath(), "kenbaarheid-browser-install.lock"));
            if (!File.Exists(Chromium))
            {
                await ToolProcess.RunAsync("apt-get", ["update"], "/", TimeSpan.FromMinutes(10));
                await ToolProcess.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], "/", TimeSpan.FromMinutes(20));
            }

            if (!Packages.All(package => Directory.Exists(Path.Combine(NpmFolder, "node_modules", package))))
            {
                await ToolProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], NpmFolder, TimeSpan.FromMinutes(10));
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
