using System.Globalization;
using System.Net;
using Azure.Storage.Blobs;
using Kenbaarheid.Agencies;
using Kenbaarheid.Azure.Configuration;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Functions.Endpoints;
using Kenbaarheid.Functions.Invocation;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Functions;

/// <summary>
/// Builds the handler: reads and checks the settings, loads agencies, register and templates, builds the one
/// pipeline on the Blob store, and maps the endpoints. Everything that can fail does so here, before the server
/// listens, so the host's readiness poll never reaches a handler that cannot process an event.
/// </summary>
public static class HandlerApp
{
    /// <summary>The port the Functions host gives the handler; 7071 for a local run without the host.</summary>
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
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
        var problems = storeOptions.Validate().Concat(handlerOptions.Validate()).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The handler's settings cannot be used: " + string.Join(" ", problems));
        }

        var time = TimeProvider.System;
        var service = NoticeStoreClientFactory.Create(storeOptions);
        var store = new BlobNoticeStore(service, time);
        var configFolder = await ConfigFolderAsync(handlerOptions, service, cancellationToken).ConfigureAwait(false);
        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(configFolder, "agencies"), cancellationToken).ConfigureAwait(false);
        var pipeline = new NoticePipelineBuilder()
            .WithAgencies(agencies)
            .WithRegistry(await RegistrySnapshotLoader.LoadAsync(Path.Combine(configFolder, "registry"), cancellationToken).ConfigureAwait(false))
            .WithTemplates(await TemplateSetLoader.LoadAsync(handlerOptions.TemplatesPath, cancellationToken).ConfigureAwait(false))
            .WithStore(store)
            .WithTimeProvider(time)
            .Build();

        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(handlerOptions);
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new NoticeLinkIssuer(service, store, handlerOptions.ReadLinkLifetime, time));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<InvocationFailureHandler>();
        builder.AddHandlerTelemetry();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapHandlerEndpoints();
        HandlerLog.Ready(app.Logger, handlerOptions.ConfigPath, agencies.All.Count, service.Uri);
        return app;
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
