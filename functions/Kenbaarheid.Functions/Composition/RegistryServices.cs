using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Registry;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Functions.Timers;
using Kenbaarheid.Registry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Composition;

/// <summary>
/// The register the pipeline reads and the <c>SyncRegistry</c> timer that keeps it current. With
/// <c>Kenbaarheid__RegistrySnapshots</c> set, the pipeline follows the sync's snapshots and the timer syncs into them
/// through the Algoritmeregister client; without it, the register records loaded at start are served and the timer
/// has nothing to do.
/// </summary>
public static class RegistryServices
{
    public static IServiceCollection AddRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        var handler = configuration.GetSection(HandlerOptions.SectionName);
        services.AddSettings<RefreshingRegistrySnapshotSourceOptions>(
            handler.GetSection(RefreshingRegistrySnapshotSourceOptions.SectionName),
            options => SettingsRegistration.Thrown(options.Validate, "Kenbaarheid__RegistrySnapshots__…"));
        services.AddSettings<AlgoritmeregisterClientOptions>(
            handler.GetSection(AlgoritmeregisterClientOptions.SectionName),
            options => SettingsRegistration.Thrown(options.Validate, "Kenbaarheid__Algoritmeregister__…"));
        services.AddSettings<RegistrySyncOptions>(configuration.GetSection(RegistrySyncOptions.SectionName), options => options.Validate());
        services.TryAddSingleton(TimeProvider.System);

        // Which services exist depends on this one setting, so it is read here; HandlerOptions checks its value at start.
        if (string.IsNullOrWhiteSpace(handler[nameof(HandlerOptions.RegistrySnapshots)]))
        {
            services.AddSingleton<IRegistrySnapshotSource>(provider => provider.GetRequiredService<LoadedConfiguration>().ConfigRegistry);
            return services;
        }

        services.AddSingleton(provider => SnapshotStore(
            provider.GetRequiredService<IOptions<HandlerOptions>>().Value.RegistrySnapshots!, provider.GetRequiredService<BlobServiceClient>()));
        // The register follows the sync's current.json; until one is readable the configuration's records are
        // served, so a fresh deployment starts and its SyncRegistry timer can run.
        services.AddSingleton(provider =>
        {
            var loaded = provider.GetRequiredService<LoadedConfiguration>();
            return RefreshingRegistrySnapshotSource.StartingWith(
                provider.GetRequiredService<IRegistrySnapshotStore>(),
                loaded.FirstSnapshot ?? loaded.ConfigRegistry,
                provider.GetRequiredService<IOptions<RefreshingRegistrySnapshotSourceOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<RefreshingRegistrySnapshotSource>>());
        });
        services.AddSingleton<IRegistrySnapshotSource>(provider => provider.GetRequiredService<RefreshingRegistrySnapshotSource>());

        // The client times each attempt and the whole call itself (with its retries), so HttpClient's own timeout is off.
        services.AddHttpClient<AlgoritmeregisterClient, AlgoritmeregisterClient>((HttpClient http, IServiceProvider provider) => new AlgoritmeregisterClient(
                http,
                provider.GetRequiredService<IOptions<AlgoritmeregisterClientOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<AlgoritmeregisterClient>>()))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddTransient<RegistrySynchronizer>();
        services.AddTransient<RegistrySyncJob>();
        return services;
    }

    /// <summary>The snapshot store <see cref="HandlerOptions.RegistrySnapshots"/> names: a blob folder in the notice account, or a folder.</summary>
    private static IRegistrySnapshotStore SnapshotStore(string location, BlobServiceClient service) =>
        BlobFolderAddress.Parse(location) is { } address
            ? new BlobRegistrySnapshotStore(service.GetBlobContainerClient(address.Container), address.Prefix)
            : new FolderRegistrySnapshotStore(location);
}
