using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>The authentication services alone, as AddBotAuthentication registers them, on a fake clock.</summary>
internal static class AuthenticationServices
{
    public static ServiceProvider Build(FakeTimeProvider time, string? appId, Uri metadataUrl, TimeSpan? refreshInterval = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddOptions<BotIdentityOptions>().Configure(o => o.MicrosoftAppId = appId);
        services.AddOptions<BotProtocolOptions>().Configure(o =>
        {
            o.OpenIdMetadataUrl = metadataUrl.AbsoluteUri;
            o.SigningKeyRefreshInterval = refreshInterval ?? o.SigningKeyRefreshInterval;
        });
        services.AddBotAuthentication();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
