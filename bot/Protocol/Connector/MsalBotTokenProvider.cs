using Microsoft.Identity.Client;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// Client-credentials token through MSAL, with a client secret or a certificate. MSAL keeps the token in the
/// application's in-memory cache and only goes back to Entra ID once the token is within 5 minutes of expiry,
/// so the one <see cref="IConfidentialClientApplication"/> must live as long as the app (a singleton).
/// </summary>
internal sealed partial class MsalBotTokenProvider(IConfidentialClientApplication application, ILogger<MsalBotTokenProvider> logger) : IBotTokenProvider
{
    private static readonly string[] Scopes = [BotTokenScopes.BotFramework];

    /// <summary>The audience Entra expects of a managed identity token used as a federated client assertion.</summary>
    private const string FederatedCredentialAudience = "api://AzureADTokenExchange/.default";

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await application.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            LogTokenFailed(logger, ex.ErrorCode);
            throw new BotTokenUnavailableException("Entra ID did not issue the bot's Bot Connector token.", ex);
        }
    }

    public static IConfidentialClientApplication CreateApplication(
        BotIdentityOptions identity,
        BotAppType appType,
        BotCredentialOptions credentials,
        IMsalHttpClientFactory httpClientFactory)
    {
        // A legacy multi-tenant registration lives in Microsoft's botframework.com tenant.
        var tenant = appType == BotAppType.MultiTenant ? "botframework.com" : identity.MicrosoftAppTenantId!;
        var authority = new Uri(credentials.AuthorityHost, Uri.EscapeDataString(tenant)).AbsoluteUri;
        var builder = ConfidentialClientApplicationBuilder.Create(identity.MicrosoftAppId)
            .WithAuthority(authority)
            // The authority comes from configuration, not from a caller, so MSAL need not ask login.microsoftonline.com
            // to vouch for it (that lookup would also fail for a national cloud host MSAL does not know).
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory);

        if (!string.IsNullOrWhiteSpace(credentials.FederatedIdentityClientId))
        {
            var managedIdentity = ManagedIdentityBotTokenProvider.CreateCredential(credentials.FederatedIdentityClientId);
            var exchange = new Azure.Core.TokenRequestContext([FederatedCredentialAudience]);
            builder = builder.WithClientAssertion(async (AssertionRequestOptions options) =>
                (await managedIdentity.GetTokenAsync(exchange, options.CancellationToken)).Token);
        }
        else
        {
            builder = credentials.HasCertificate
                ? builder.WithCertificate(BotCertificate.Load(credentials), sendX5C: true)
                : builder.WithClientSecret(identity.MicrosoftAppPassword);
        }

        return builder.Build();
    }

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Entra ID refused the bot's token request ({MsalErrorCode})")]
    private static partial void LogTokenFailed(ILogger logger, string msalErrorCode);
}

/// <summary>Lets MSAL use the app's <see cref="IHttpClientFactory"/> (connection pooling, DNS refresh, test servers).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string ClientName = "BotTokenAuthority";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ClientName);
}
