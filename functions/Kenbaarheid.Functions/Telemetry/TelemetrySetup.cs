using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kenbaarheid.Functions.Telemetry;

/// <summary>
/// OpenTelemetry for the handler: its own spans and metrics plus ASP.NET Core's, exported to Azure Monitor when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set. With local authentication switched off in Application
/// Insights, <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> (<c>Authorization=AAD;ClientId=…</c>) makes the
/// exporter sign in with the managed identity, as the Functions host itself does.
/// </summary>
public static class TelemetrySetup
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static WebApplicationBuilder AddHandlerTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PipelineTelemetry>();
        builder.Services.AddSingleton<OperationsTelemetry>();
        var connectionString = builder.Configuration[ConnectionStringSetting];
        var credential = CredentialFor(builder.Configuration[AuthenticationStringSetting]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("kenbaarheid-functions"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(PipelineTelemetry.SourceName).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(connectionString))
                {
                    tracing.AddAzureMonitorTraceExporter(exporter => Configure(exporter, connectionString, credential));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(PipelineTelemetry.MeterName, OperationsTelemetry.MeterName).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(connectionString))
                {
                    metrics.AddAzureMonitorMetricExporter(exporter => Configure(exporter, connectionString, credential));
                }
            });
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            telemetry.WithLogging(logging => logging.AddAzureMonitorLogExporter(exporter => Configure(exporter, connectionString, credential)));
        }

        return builder;
    }

    private static void Configure(AzureMonitorExporterOptions exporter, string connectionString, TokenCredential? credential)
    {
        exporter.ConnectionString = connectionString;
        if (credential is not null)
        {
            exporter.Credential = credential;
        }
    }

    /// <summary>The managed identity named by an authentication string of the form <c>Authorization=AAD;ClientId=…</c>, or null.</summary>
    internal static TokenCredential? CredentialFor(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString))
        {
            return null;
        }

        var parts = authenticationString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
