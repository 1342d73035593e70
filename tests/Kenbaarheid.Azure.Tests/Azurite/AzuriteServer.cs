using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kenbaarheid.Azure.Tests.Azurite;

/// <summary>
/// A real Azurite Blob service on a free loopback port, started and stopped by the tests. Azurite comes from the
/// npm package pinned in <c>tests/tools</c>; when its <c>node_modules</c> is missing (a fresh clone), the first
/// server runs <c>npm ci</c> there, under a lock so that test projects running side by side install it once.
/// Data is kept in a temporary folder rather than in memory, so a stop and a start keep the blobs, as an outage
/// of the real service does.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    // Azurite's well-known development account; not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _location;
    private readonly bool _ownsLocation;
    private Process? _process;

    public AzuriteServer()
        : this(Path.Combine(Path.GetTempPath(), $"kenbaarheid-azurite-{Guid.NewGuid():N}"), ownsLocation: true)
    {
    }

    private AzuriteServer(string location, bool ownsLocation)
    {
        _location = location;
        _ownsLocation = ownsLocation;
    }

    /// <summary>A second Azurite on another server's data folder, e.g. to read what that one saved while it is down.</summary>
    public static AzuriteServer OnDataOf(AzuriteServer server) => new(server.Location, ownsLocation: false);

    public int Port { get; private set; }

    public Uri BlobEndpoint => new($"http://127.0.0.1:{Port}/devstoreaccount1");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The data folder (<c>--location</c>): blob data and the index files Azurite saves every five seconds.</summary>
    public string Location => _location;

    public async Task InitializeAsync()
    {
        Port = FreePort();
        Directory.CreateDirectory(_location);
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        if (!_ownsLocation)
        {
            return;
        }

        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the next run uses a new one.
        }
    }

    /// <summary>Starts Azurite on the same port and data folder as before.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var executable = await AzuriteInstall.EnsureAsync();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--location", _location, "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start '{executable}'.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before it listened on port {Port}.");
            }

            if (await AcceptsAsync())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds} seconds.");
    }

    /// <summary>Kills Azurite, as an outage would; the data folder stays.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
        // Give Azurite's data files a moment to be released before a restart opens them again.
        await Task.Delay(100);
    }

    /// <summary>
    /// Stops Azurite as a service outage does, without losing what it acknowledged: SIGTERM makes it save its blob
    /// index before it exits. A kill loses the writes of its last few seconds, because Azurite saves that index only
    /// every five seconds; Blob Storage never loses an acknowledged write, so tests that count every blob stop it this way.
    /// </summary>
    public async Task StopGracefullyAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            using var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
                ?? throw new InvalidOperationException("Cannot start 'kill' to stop Azurite.");
            await signal.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Azurite on port {Port} did not exit within 30 seconds of SIGTERM.");
            }
        }

        await StopAsync();
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
