using Azure.Core;
using Azure.Identity;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Infrastructure.Graph;

/// <summary>
/// The bot's app registration as an Azure SDK credential, from the same settings the connector uses
/// (MicrosoftAppId, MicrosoftAppTenantId and one of MicrosoftAppPassword, a certificate or a federated managed
/// identity; or the managed identity itself for MicrosoftAppType=UserAssignedMSI).
/// </summary>
internal static class BotAppCredential
{
    private const string FederatedCredentialAudience = "api://AzureADTokenExchange/.default";

    /// <summary>Null in local mode (no app id): there is no identity to call Graph with.</summary>
    public static TokenCredential? Create(BotIdentityOptions identity, BotCredentialOptions credentials)
    {
        if (!identity.HasAppId)
        {
            return null;
        }

        var appId = identity.MicrosoftAppId!;
        var tenant = identity.MicrosoftAppTenantId;
        var options = new TokenCredentialOptions { AuthorityHost = credentials.AuthorityHost };
        if (string.Equals(identity.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            var clientId = string.IsNullOrWhiteSpace(credentials.ManagedIdentityClientId) ? appId : credentials.ManagedIdentityClientId;
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        if (!string.IsNullOrWhiteSpace(credentials.FederatedIdentityClientId))
        {
            var managedIdentity = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(credentials.FederatedIdentityClientId));
            var exchange = new TokenRequestContext([FederatedCredentialAudience]);
            return new ClientAssertionCredential(tenant, appId,
                async ct => (await managedIdentity.GetTokenAsync(exchange, ct)).Token,
                new ClientAssertionCredentialOptions { AuthorityHost = credentials.AuthorityHost });
        }

        if (!string.IsNullOrWhiteSpace(credentials.CertificatePath) || !string.IsNullOrWhiteSpace(credentials.CertificateThumbprint))
        {
            return new ClientCertificateCredential(tenant, appId, BotCertificate.Load(credentials),
                new ClientCertificateCredentialOptions { AuthorityHost = credentials.AuthorityHost, SendCertificateChain = true });
        }

        return new ClientSecretCredential(tenant, appId, identity.MicrosoftAppPassword, options);
    }
}
