using System.Security.Cryptography.X509Certificates;
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

        builder = credentials.HasCertificate
            ? builder.WithCertificate(LoadCertificate(credentials), sendX5C: true)
            : builder.WithClientSecret(identity.MicrosoftAppPassword);
        return builder.Build();
    }

    private static X509Certificate2 LoadCertificate(BotCredentialOptions credentials)
    {
        if (!string.IsNullOrWhiteSpace(credentials.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(credentials.CertificatePath, credentials.CertificatePassword);
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, credentials.CertificateThumbprint!, validOnly: false);
            var withKey = found.FirstOrDefault(certificate => certificate.HasPrivateKey);
            if (withKey is not null)
            {
                return withKey;
            }
        }

        throw new BotTokenUnavailableException("BotCredentials:CertificateThumbprint names no certificate with a private key in the My stores.");
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
