using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Authentication;

public static class AuthenticationModule
{
    /// <summary>Inbound authentication of /api/messages: Bot Connector token validation with cached, rotating signing keys.</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyDocuments.HttpClientName, http =>
        {
            // Metadata and key sets are a few kilobytes; anything slow or large is not the Bot Connector.
            http.Timeout = TimeSpan.FromSeconds(10);
            http.MaxResponseContentBufferSize = 512 * 1024;
        });
        services.AddSingleton<SigningKeyDocuments>();
        services.AddSingleton<OpenIdSigningKeys>();
        services.AddSingleton<IBotRequestAuthenticator, BotConnectorTokenValidator>();
        services.AddSingleton<IValidateOptions<BotProtocolOptions>, BotAuthenticationOptionsValidator>();
        services.AddHostedService<AnonymousLoopbackWarning>();
        return services;
    }

    /// <summary>
    /// Local mode's fences, which need the web host: the environment and listen-address checks, and the middleware
    /// that records whether the socket is loopback before anything can rewrite the caller's address.
    /// </summary>
    public static IServiceCollection AddLocalModeFences(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<BotProtocolOptions>, LocalModeValidator>();
        services.AddHostedService<LocalModeGuard>();
        // First in the collection, so that its middleware wraps ASP.NET Core's forwarded-headers middleware (added by
        // a startup filter registered when the host was created) and sees the socket's address, not X-Forwarded-For.
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, LoopbackCallerStartupFilter>());
        return services;
    }
}
