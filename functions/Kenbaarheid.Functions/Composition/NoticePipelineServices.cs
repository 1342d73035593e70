using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Registry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kenbaarheid.Functions.Composition;

/// <summary>
/// The one pipeline on the Blob store, and the background load it is built from: everything built from the loaded
/// configuration is resolved only by invocations, which the startup gate (<see cref="HandlerStartup"/>) holds until
/// the configuration is loaded.
/// </summary>
public static class NoticePipelineServices
{
    public static IServiceCollection AddNoticePipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HandlerStartup>();
        services.AddHostedService<ConfigurationLoad>();
        services.AddSingleton(provider => provider.GetRequiredService<HandlerStartup>().Loaded);
        services.AddSingleton(provider =>
        {
            var loaded = provider.GetRequiredService<LoadedConfiguration>();
            return new NoticePipelineBuilder()
                .WithAgencies(loaded.Agencies)
                .WithRegistry(provider.GetRequiredService<IRegistrySnapshotSource>())
                .WithTemplates(loaded.Templates)
                .WithStore(provider.GetRequiredService<BlobNoticeStore>())
                .WithTimeProvider(provider.GetRequiredService<TimeProvider>())
                .Build();
        });
        return services;
    }
}
