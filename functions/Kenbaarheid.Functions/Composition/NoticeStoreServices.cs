using Azure.Storage.Blobs;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Composition;

/// <summary>The notice store in Blob Storage: its settings, the one client of the process, the store, its reader and the read links.</summary>
public static class NoticeStoreServices
{
    public static IServiceCollection AddNoticeStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NoticeStoreOptions.SectionName);
        services.AddSettings<NoticeStoreOptions>(section, options => options.Validate())
            // A connection named NoticeStore: its own value is a connection string, its children an identity-based connection.
            .Configure(options => options.ConnectionString ??= section.Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => NoticeStoreClientFactory.Create(provider.GetRequiredService<IOptions<NoticeStoreOptions>>().Value));
        services.AddSingleton<BlobNoticeStore>();
        services.AddSingleton<INoticeStoreReader, BlobNoticeStoreReader>();
        // A read link lives Kenbaarheid__ReadLinkLifetime, one of the handler's own settings (HandlerOptions, bound by HandlerApp).
        services.AddSingleton(provider => new NoticeLinkIssuer(
            provider.GetRequiredService<BlobServiceClient>(),
            provider.GetRequiredService<BlobNoticeStore>(),
            provider.GetRequiredService<IOptions<HandlerOptions>>().Value.ReadLinkLifetime,
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
