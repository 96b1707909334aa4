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
}
