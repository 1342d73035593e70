using Kenbaarheid.Functions.Telemetry;

namespace Kenbaarheid.Functions.Startup;

/// <summary>
/// The handler listens first and reads its configuration afterwards: the Functions host gives a custom handler a
/// limited time to start answering (30 seconds in azure-functions-host's HttpWorkerOptions.InitializationTimeout), and
/// copying the configuration container and reading a register snapshot are a blob request per file. Until the read
/// is done, <c>GET /</c> answers 503 ("starting") at once, which the host counts as ready, and every invocation waits
/// for it. A read that fails stops the handler with exit code 1, so the host starts it again; the invocations that
/// waited fail and their messages are delivered again.
/// </summary>
public sealed class HandlerStartup
{
    private readonly TaskCompletionSource<LoadedConfiguration> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoadedConfiguration? _configuration;

    public bool IsReady => _loaded.Task.IsCompletedSuccessfully;

    /// <summary>
    /// The configuration, once read: to the start-up's own check that the pipeline builds from it, and to every
    /// invocation after <see cref="WaitAsync"/> (the startup gate ensures that).
    /// </summary>
    public LoadedConfiguration Loaded => _configuration ?? throw new InvalidOperationException("The handler's configuration is not loaded yet.");

    public Task WaitAsync(CancellationToken cancellationToken) => _loaded.Task.WaitAsync(cancellationToken);

    /// <summary>Starts reading the configuration in the background; <paramref name="ready"/> runs once it is loaded.</summary>
    public void Begin(Func<Task<LoadedConfiguration>> load, Action<LoadedConfiguration> ready, IHostApplicationLifetime lifetime, ILogger logger) =>
        _ = Task.Run(async () =>
        {
            try
            {
                var loaded = await load().ConfigureAwait(false);
                _configuration = loaded;
                ready(loaded);
                _loaded.SetResult(loaded);
            }
            catch (Exception exception)
            {
                // Configuration files, templates and blob names are in the message; never an event's content.
                HandlerLog.StartFailed(logger, exception.GetType().Name, exception.Message);
                _loaded.SetException(exception);
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }
        });

    /// <summary>Holds every request but the host's readiness poll until the configuration is loaded.</summary>
    public RequestDelegate Gate(RequestDelegate next) => async context =>
    {
        if (!IsReady && !(HttpMethods.IsGet(context.Request.Method) && context.Request.Path == "/"))
        {
            await WaitAsync(context.RequestAborted).ConfigureAwait(false);
        }

        await next(context).ConfigureAwait(false);
    };
}
