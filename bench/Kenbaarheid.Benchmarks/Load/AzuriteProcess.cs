using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kenbaarheid.Benchmarks.Workload;

namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// Azurite's Blob service on a free loopback port, in memory, from the npm package pinned in <c>tests/tools</c>
/// (installed with <c>npm ci</c> when missing, as the tests do). Stopped by killing the process tree it started.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's well-known development account; not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>
    /// Starts Azurite; with <paramref name="core"/> pinned to that core (<c>taskset</c>, which runs Azurite in its own
    /// process, so <see cref="ProcessId"/> is Azurite's).
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(int? core = null)
    {
        var executable = await EnsureInstalledAsync().ConfigureAwait(false);
        var port = FreePort();
        var pinned = core is not null && PinnedChild.CanPin;
        var start = new ProcessStartInfo(pinned ? "taskset" : executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (pinned)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(core!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(executable);
        }

        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start '{executable}'.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, port);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before it listened on port {port}.");
            }

            if (await AcceptsAsync(port).ConfigureAwait(false))
            {
                return azurite;
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        await azurite.DisposeAsync().ConfigureAwait(false);
        throw new TimeoutException($"Azurite did not listen on port {port} within 90 seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var tools = Path.Combine(BenchPaths.Root, "tests", "tools");
        var executable = Path.Combine(tools, "node_modules", ".bin", "azurite-blob");
        if (File.Exists(executable))
        {
            return executable;
        }

        Console.Error.WriteLine($"Installing Azurite with npm ci in {tools} …");
        var start = new ProcessStartInfo("npm") { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("Cannot start npm; Node.js and npm are needed to run Azurite.");
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync().ConfigureAwait(false);
        return npm.ExitCode == 0 && File.Exists(executable)
            ? executable
            : throw new InvalidOperationException($"'npm ci' in '{tools}' failed with exit code {npm.ExitCode}: {await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)}");
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
