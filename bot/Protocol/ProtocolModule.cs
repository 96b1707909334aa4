using CadoxtonPolicyBot.Protocol.Authentication;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Protocol;

public static class ProtocolModule
{
    /// <summary>Registers the Bot Framework protocol layer: options, inbound authentication, the connector client.</summary>
    public static IHostApplicationBuilder AddBotProtocol(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The identity settings keep the Bot Framework's conventional top-level names (MicrosoftAppId, ...).
        builder.Services.AddOptions<BotIdentityOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddOptions<BotProtocolOptions>().BindConfiguration(BotProtocolOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddBotAuthentication();
        if (builder is WebApplicationBuilder)
        {
            // Only a web host can be reached by callers; a plain host (a tool, a test harness) has nothing to fence.
            builder.Services.AddLocalModeFences();
        }

        builder.Services.AddMetrics();
        builder.Services.AddSingleton<ProtocolMetrics>();
        builder.Services.AddSingleton<TrustedServiceUrls>();
        builder.Services.AddScoped<CurrentTurn>();
        builder.Services.AddScoped<ProactiveMessenger>();
        builder.Services.AddScoped<BotMessagesEndpoint>();
        builder.AddBotConnector();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, BotMessagesEndpoint endpoint, CancellationToken ct) => endpoint.HandleAsync(http, ct));
        return endpoints;
    }
}
