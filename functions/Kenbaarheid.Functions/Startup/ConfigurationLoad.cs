using Azure.Storage.Blobs;
using Kenbaarheid.Agencies;
using Kenbaarheid.Azure.Configuration;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Startup;

/// <summary>
/// Starts reading agencies, register records, templates and the current register snapshot once the host starts,
/// after the settings passed their checks: the slow part of a start, run in the background while the server listens
/// (<see cref="HandlerStartup"/>). When it is read, the pipeline is built at once, so one that cannot be built stops
/// the handler instead of failing the first event. The host creates its hosted services before it checks the
/// settings, so what is built from settings (the store client, the snapshot store) is resolved only in
/// <see cref="StartAsync"/>: a start with unusable settings then reports all of them at once.
/// </summary>
internal sealed class ConfigurationLoad(
    HandlerStartup startup,
    IOptions<HandlerOptions> options,
    IOptions<AuthOptions> auth,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<ConfigurationLoad> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!auth.Value.Enabled)
        {
            HandlerLog.AuthenticationDisabled(logger);
        }

        var service = services.GetRequiredService<BlobServiceClient>();
        // Registered only when Kenbaarheid__RegistrySnapshots is set (RegistryServices).
        var snapshotStore = services.GetService<IRegistrySnapshotStore>();
        startup.Begin(
            () => LoadAsync(service, snapshotStore, lifetime.ApplicationStopping),
            loaded => Ready(loaded, service, snapshotStore),
            lifetime,
            logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Ready(LoadedConfiguration loaded, BlobServiceClient service, IRegistrySnapshotStore? snapshotStore)
    {
        // The pipeline's graph is resolved only after the load; this is the one place that resolves it early on purpose.
        services.GetRequiredService<NoticePipeline>();
        if (snapshotStore is not null && loaded.FirstSnapshot is null)
        {
            HandlerLog.RegistryFallback(logger, snapshotStore.Location, loaded.FallbackReason ?? "no snapshot");
        }

        HandlerLog.Ready(logger, options.Value.ConfigPath, loaded.Agencies.All.Count, service.Uri);
    }

    private async Task<LoadedConfiguration> LoadAsync(BlobServiceClient service, IRegistrySnapshotStore? snapshotStore, CancellationToken cancellationToken)
    {
        var configFolder = await ConfigFolderAsync(service, cancellationToken).ConfigureAwait(false);
        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(configFolder, "agencies"), cancellationToken).ConfigureAwait(false);
        var configRegistry = await RegistrySnapshotLoader.LoadAsync(Path.Combine(configFolder, "registry"), cancellationToken).ConfigureAwait(false);
        var templates = await TemplateSetLoader.LoadAsync(options.Value.TemplatesPath, cancellationToken).ConfigureAwait(false);
        if (snapshotStore is null)
        {
            return new LoadedConfiguration(agencies, configRegistry, templates, null, null);
        }

        try
        {
            var snapshot = await new RegistrySnapshotReader(snapshotStore).ReadCurrentAsync(cancellationToken).ConfigureAwait(false);
            return new LoadedConfiguration(agencies, configRegistry, templates, snapshot, null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new LoadedConfiguration(agencies, configRegistry, templates, null, exception.Message);
        }
    }

    /// <summary>The folder holding agencies/ and registry/: the configured one, or a copy of the configured container.</summary>
    private async Task<string> ConfigFolderAsync(BlobServiceClient service, CancellationToken cancellationToken)
    {
        // Checked at start: a blob: path names a container.
        if (BlobFolderAddress.Parse(options.Value.ConfigPath) is not { } address)
        {
            return options.Value.ConfigPath;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"kenbaarheid-config-{Guid.NewGuid():N}");
        await ConfigContainerMirror.MirrorAsync(service.GetBlobContainerClient(address.Container), address.Prefix, folder, cancellationToken).ConfigureAwait(false);
        return folder;
    }
}
