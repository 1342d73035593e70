using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Functions.Timers;

namespace Kenbaarheid.Functions.Composition;

/// <summary>The <c>Reconcile</c> timer: its settings and its job over the notice store (<see cref="NoticeStoreServices"/>).</summary>
public static class ReconcileServices
{
    public static IServiceCollection AddReconcile(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ReconcileOptions>(configuration.GetSection(ReconcileOptions.SectionName), options => options.Validate());
        services.AddSingleton<ReconcileJob>();
        return services;
    }
}
