using System.Diagnostics;
using System.Globalization;

namespace Kenbaarheid.Functions.Tests.Hosting;

/// <summary>
/// The handler as a process of its own, started the way the Functions host starts it: the built
/// <c>Kenbaarheid.Functions</c> with <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set, ready once <c>GET /</c> answers. Unlike
/// <see cref="HandlerServer"/> it can be killed (SIGKILL) in the middle of a request and started again on the same
/// port, which is what happens to a worker the host loses.
/// </summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly int _port = Kenbaarheid.Azure.Tests.Azurite.AzuriteServer.FreePort();
    private readonly IReadOnlyDictionary<string, string> _settings;
    private Process? _process;
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HandlerProcess(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        // One client across restarts: the port stays the same, and a request under way keeps a client that works.
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    /// <summary>Completes once the handler answers the host's readiness poll; reset by <see cref="KillAsync"/>.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Times the handler was killed.</summary>
    public int Kills { get; private set; }

    public async Task StartAsync()
    {
        var handler = Path.Combine(AppContext.BaseDirectory, "Kenbaarheid.Functions.dll");
        // The SDK names the dotnet it runs under for child processes; elsewhere dotnet is on the path.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "exec", handler },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = _port.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in _settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start '{handler}'.");
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
                throw new InvalidOperationException($"The handler exited with code {process.ExitCode} before it answered on port {_port}.");
            }

            try
            {
                using var response = await Http.GetAsync("/");
                if (response.IsSuccessStatusCode)
                {
                    _ready.TrySetResult();
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The handler did not answer on port {_port} within {StartTimeout.TotalSeconds} seconds.");
    }

    /// <summary>SIGKILL: the process ends at once, whatever it was writing; requests under way get no answer.</summary>
    public async Task KillAsync()
    {
        _ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (await EndAsync())
        {
            Kills++;
        }
    }

    /// <summary>Posts an invocation envelope as the host does, once the handler is ready.</summary>
    public Task<HttpResponseMessage> InvokeAsync(string functionName, string envelope) => Http.PostAsync($"/{functionName}", HandlerServer.EnvelopeContent(envelope));

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        Http.Dispose();
    }

    private async Task<bool> EndAsync()
    {
        if (_process is not { } process)
        {
            return false;
        }

        // Process.Kill sends SIGKILL on Unix.
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
        return true;
    }
}
