using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// The events of the hard-kill tests, run once through a handler that nothing disturbs: the account every disturbed
/// run must end up equal to, blob by blob.
/// </summary>
public sealed class UndisturbedRun : IAsyncLifetime
{
    public const int EventCount = 300;
    public const int Concurrency = 8;

    /// <summary>Storage retries as in Azure (three, with the SDK's back-off), and only warnings and errors logged.</summary>
    public static readonly IReadOnlyDictionary<string, string?> AsInAzure = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["NoticeStore:MaxRetries"] = "3",
    };

    internal IReadOnlyList<FaultRunEvent> Events { get; } = FaultRunEvent.Build(EventCount);

    internal SortedDictionary<string, byte[]> Blobs { get; private set; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        var server = new HandlerServer { Settings = AsInAzure };
        try
        {
            await server.InitializeAsync();
            var run = new ServiceBusSimulation(server, Events, Concurrency);
            await run.RunAsync().WaitAsync(TimeSpan.FromMinutes(10));
            if (run.DeadLettered.Count > 0 || run.Deliveries != EventCount)
            {
                throw new InvalidOperationException($"The undisturbed run was disturbed: {run.Deliveries} deliveries, {run.DeadLettered.Count} dead-lettered.");
            }

            Blobs = await StoredBlobs.ContentsAsync(server.Blobs);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
