using System.Globalization;
using System.Net;
using Azure.Storage.Blobs;
using Kenbaarheid.Agencies;
using Kenbaarheid.Azure.Configuration;
using Kenbaarheid.Azure.Registry;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Functions.Endpoints;
using Kenbaarheid.Functions.Invocation;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Functions.Timers;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Functions;

/// <summary>
/// Builds the handler: reads and checks the settings (unusable settings stop it here, before it listens), maps the
/// endpoints, and starts loading agencies, register and templates and building the one pipeline on the Blob store in
/// the background (<see cref="HandlerStartup"/>): the server listens at once, and invocations wait for the load.
/// </summary>
public static class HandlerApp
{
    /// <summary>The port the Functions host gives the handler; 7071 for a local run without the host.</summary>
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        // The host starts the handler from the app root, the tests from elsewhere: settings files sit beside the handler.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);

        var port = int.Parse(builder.Configuration[PortSetting] ?? "7071", CultureInfo.InvariantCulture);
        // The host calls the handler on the loopback address only; nothing else needs to reach it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        var handlerOptions = new HandlerOptions();
        builder.Configuration.GetSection(HandlerOptions.SectionName).Bind(handlerOptions);
        var storeOptions = new NoticeStoreOptions();
        builder.Configuration.GetSection(NoticeStoreOptions.SectionName).Bind(storeOptions);
        // A connection named NoticeStore: its own value is a connection string, its children an identity-based connection.
        storeOptions.ConnectionString ??= builder.Configuration[NoticeStoreOptions.SectionName];
        var snapshotOptions = new RefreshingRegistrySnapshotSourceOptions();
        builder.Configuration.GetSection($"{HandlerOptions.SectionName}:{RefreshingRegistrySnapshotSourceOptions.SectionName}").Bind(snapshotOptions);
        var registerOptions = new AlgoritmeregisterClientOptions();
        builder.Configuration.GetSection($"{HandlerOptions.SectionName}:{AlgoritmeregisterClientOptions.SectionName}").Bind(registerOptions);
        var syncOptions = new RegistrySyncOptions();
        builder.Configuration.GetSection(RegistrySyncOptions.SectionName).Bind(syncOptions);
        var reconcileOptions = new ReconcileOptions();
        builder.Configuration.GetSection(ReconcileOptions.SectionName).Bind(reconcileOptions);
        var authOptions = new AuthOptions();
        builder.Configuration.GetSection(AuthOptions.SectionName).Bind(authOptions);
        var hosted = AuthOptions.HostedMarkers.Any(marker => !string.IsNullOrEmpty(builder.Configuration[marker]));
        var problems = storeOptions.Validate()
            .Concat(handlerOptions.Validate())
            .Concat(syncOptions.Validate())
            .Concat(reconcileOptions.Validate())
            .Concat(authOptions.Validate(hosted))
            .Concat(Problems(snapshotOptions.Validate, "Kenbaarheid__RegistrySnapshots__…"))
            .Concat(Problems(registerOptions.Validate, "Kenbaarheid__Algoritmeregister__…"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The handler's settings cannot be used: " + string.Join(" ", problems));
        }

        var time = TimeProvider.System;
        var service = NoticeStoreClientFactory.Create(storeOptions);
        var store = new BlobNoticeStore(service, time);
        var snapshotStore = SnapshotStore(handlerOptions, service);
        var startup = new HandlerStartup();
        builder.Services.AddSingleton(startup);

        // Everything built from the loaded configuration is resolved only by invocations, which the startup gate
        // holds until the configuration is loaded.
        if (snapshotStore is not null)
        {
            // The register follows the sync's current.json; until one is readable the configuration's records are
            // served, so a fresh deployment starts and its SyncRegistry timer can run.
            builder.Services.AddSingleton(provider => RefreshingRegistrySnapshotSource.StartingWith(
                snapshotStore, startup.Loaded.FirstSnapshot ?? startup.Loaded.ConfigRegistry, snapshotOptions, time, provider.GetRequiredService<ILogger<RefreshingRegistrySnapshotSource>>()));
            builder.Services.AddSingleton<IRegistrySnapshotSource>(provider => provider.GetRequiredService<RefreshingRegistrySnapshotSource>());
            builder.Services.AddSingleton(_ => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
            builder.Services.AddSingleton(provider => new AlgoritmeregisterClient(
                provider.GetRequiredService<HttpClient>(), registerOptions, time, provider.GetRequiredService<ILogger<AlgoritmeregisterClient>>()));
            builder.Services.AddSingleton(provider => new RegistrySyncJob(
                new RegistrySynchronizer(provider.GetRequiredService<AlgoritmeregisterClient>(), snapshotStore, time, provider.GetRequiredService<ILogger<RegistrySynchronizer>>()),
                syncOptions.OrganisationIds.Count > 0 ? syncOptions.OrganisationIds : startup.Loaded.Agencies.All.Select(agency => agency.Id).Where(RegistrySynchronizer.IsOrgId).ToList(),
                provider.GetRequiredService<RefreshingRegistrySnapshotSource>(),
                snapshotStore.Location));
        }
        else
        {
            builder.Services.AddSingleton<IRegistrySnapshotSource>(_ => startup.Loaded.ConfigRegistry);
        }

        builder.Services.AddSingleton(provider => new NoticePipelineBuilder()
            .WithAgencies(startup.Loaded.Agencies)
            .WithRegistry(provider.GetRequiredService<IRegistrySnapshotSource>())
            .WithTemplates(startup.Loaded.Templates)
            .WithStore(store)
            .WithTimeProvider(time)
            .Build());

        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(handlerOptions);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new NoticeLinkIssuer(service, store, handlerOptions.ReadLinkLifetime, time));
        builder.Services.AddSingleton(new ReconcileJob(new BlobNoticeStoreReader(service), service, reconcileOptions.ExpectedListsAddress));
        builder.Services.AddSingleton<OperationsTelemetry>();
        builder.Services.AddSingleton<AgencyAccess>();
        builder.AddHandlerAuthentication(authOptions);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<InvocationFailureHandler>();
        builder.AddHandlerTelemetry();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.Use(startup.Gate);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHandlerEndpoints();
        if (!authOptions.Enabled)
        {
            HandlerLog.AuthenticationDisabled(app.Logger);
        }

        startup.Begin(
            () => LoadAsync(handlerOptions, service, snapshotStore, cancellationToken),
            loaded =>
            {
                // Built now, not at the first event: a pipeline that cannot be built must stop the handler.
                app.Services.GetRequiredService<NoticePipeline>();
                if (snapshotStore is not null && loaded.FirstSnapshot is null)
                {
                    HandlerLog.RegistryFallback(app.Logger, snapshotStore.Location, loaded.FallbackReason ?? "no snapshot");
                }

                HandlerLog.Ready(app.Logger, handlerOptions.ConfigPath, loaded.Agencies.All.Count, service.Uri);
            },
            app.Lifetime,
            app.Logger);
        return Task.FromResult(app);
    }

    /// <summary>Reads agencies, register records, templates and the current register snapshot: the slow part of a start.</summary>
    private static async Task<LoadedConfiguration> LoadAsync(
        HandlerOptions options, BlobServiceClient service, IRegistrySnapshotStore? snapshotStore, CancellationToken cancellationToken)
    {
        var configFolder = await ConfigFolderAsync(options, service, cancellationToken).ConfigureAwait(false);
        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(configFolder, "agencies"), cancellationToken).ConfigureAwait(false);
        var configRegistry = await RegistrySnapshotLoader.LoadAsync(Path.Combine(configFolder, "registry"), cancellationToken).ConfigureAwait(false);
        var templates = await TemplateSetLoader.LoadAsync(options.TemplatesPath, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The snapshot store <see cref="HandlerOptions.RegistrySnapshots"/> names, or null when it is not set.</summary>
    private static IRegistrySnapshotStore? SnapshotStore(HandlerOptions options, BlobServiceClient service)
    {
        if (!options.RegistrySnapshotsConfigured)
        {
            return null;
        }

        return BlobFolderAddress.Parse(options.RegistrySnapshots) is { } address
            ? new BlobRegistrySnapshotStore(service.GetBlobContainerClient(address.Container), address.Prefix)
            : new FolderRegistrySnapshotStore(options.RegistrySnapshots!);
    }

    /// <summary>The problem a throwing Validate reports, as a sentence naming the settings.</summary>
    private static IEnumerable<string> Problems(Action validate, string settings)
    {
        try
        {
            validate();
            return [];
        }
        catch (ArgumentException exception)
        {
            return [$"{settings}: {exception.Message}"];
        }
    }

    /// <summary>The folder holding agencies/ and registry/: the configured one, or a copy of the configured container.</summary>
    private static async Task<string> ConfigFolderAsync(HandlerOptions options, BlobServiceClient service, CancellationToken cancellationToken)
    {
        if (!options.ConfigIsBlobContainer)
        {
            return options.ConfigPath;
        }

        var location = options.ConfigPath[HandlerOptions.BlobPrefix.Length..];
        var slash = location.IndexOf('/', StringComparison.Ordinal);
        var container = slash < 0 ? location : location[..slash];
        var prefix = slash < 0 ? string.Empty : location[(slash + 1)..];
        var folder = Path.Combine(Path.GetTempPath(), $"kenbaarheid-config-{Guid.NewGuid():N}");
        await ConfigContainerMirror.MirrorAsync(service.GetBlobContainerClient(container), prefix, folder, cancellationToken).ConfigureAwait(false);
        return folder;
    }
}
