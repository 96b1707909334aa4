using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CadoxtonPolicyBot.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs, exported to Application Insights when its connection string is set.
/// What is recorded is ids, counts and outcomes: the bot's own log messages never carry what staff typed, and
/// outgoing URLs keep their query strings redacted (file download links carry short-lived access tokens).
/// </summary>
public static class TelemetryModule
{
    /// <summary>Every meter and activity source of the bot starts with this name.</summary>
    public const string Prefix = "CadoxtonPolicyBot";

    public static IHostApplicationBuilder AddBotTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var appInsights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        if (string.IsNullOrWhiteSpace(appInsights))
        {
            // Nothing would receive the data: skip the instrumentation's cost on every turn. The meters still exist for
            // dotnet-counters on the machine.
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("cadoxton-policy-bot"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Prefix + ".*")
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsHealthProbe(http.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddAzureMonitorTraceExporter(o => o.ConnectionString = appInsights);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Prefix + ".*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                    .AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
            });

        builder.Logging.AddOpenTelemetry(logging =>
        {
            // Only the message template's named values are exported; no scopes, which could carry request data.
            logging.IncludeScopes = false;
            logging.IncludeFormattedMessage = true;
            logging.AddAzureMonitorLogExporter(o => o.ConnectionString = appInsights);
        });
        return builder;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.Ordinal) || path.StartsWithSegments("/readyz", StringComparison.Ordinal);
}
