using System.Globalization;
using System.Net;
using Kenbaarheid.Functions.Composition;
using Kenbaarheid.Functions.Endpoints;
using Kenbaarheid.Functions.Invocation;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Functions.Telemetry;

namespace Kenbaarheid.Functions;

/// <summary>
/// Builds the handler: registers its parts with their settings (each checked when it starts, so unusable settings stop
/// it before it listens) and maps the endpoints. Once started, it loads agencies, register and templates and builds
/// the one pipeline on the Blob store in the background (<see cref="HandlerStartup"/>): the server listens at once,
/// and invocations wait for the load.
/// </summary>
public static class HandlerApp
{
    /// <summary>The port the Functions host gives the handler; 7071 for a local run without the host.</summary>
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The host starts the handler from the app root, the tests from elsewhere: settings files sit beside the handler.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);

        var port = int.Parse(builder.Configuration[PortSetting] ?? "7071", CultureInfo.InvariantCulture);
        // The host calls the handler on the loopback address only; nothing else needs to reach it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        builder.Services.AddSettings<HandlerOptions>(builder.Configuration.GetSection(HandlerOptions.SectionName), options => options.Validate());
        builder.Services
            .AddNoticeStore(builder.Configuration)
            .AddRegistry(builder.Configuration)
            .AddNoticePipeline()
            .AddReconcile(builder.Configuration)
            .AddProblemDetails()
            .AddExceptionHandler<InvocationFailureHandler>();
        builder.AddHandlerAuthentication().AddHandlerTelemetry();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.Use(app.Services.GetRequiredService<HandlerStartup>().Gate);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHandlerEndpoints();
        return Task.FromResult(app);
    }
}
