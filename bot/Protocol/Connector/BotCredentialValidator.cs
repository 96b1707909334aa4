using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>The kinds of Azure Bot registration, as MicrosoftAppType names them.</summary>
internal enum BotAppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMsi,
}

internal static class BotAppTypes
{
    public static bool TryParse(string? value, out BotAppType type)
    {
        // Azure Bot writes "UserAssignedMSI"; botbuilder compares case-insensitively, so do we.
        if (string.Equals(value, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            type = BotAppType.UserAssignedMsi;
            return true;
        }

        return Enum.TryParse(value, ignoreCase: true, out type) && type != BotAppType.UserAssignedMsi;
    }
}

/// <summary>
/// Checks at start-up that the identity settings describe exactly one usable credential, so a mistyped setting stops
/// the app instead of surfacing as a 401 from the connector on the first reply.
/// </summary>
internal sealed class BotCredentialValidator(IOptions<BotIdentityOptions> identityOptions) : IValidateOptions<BotCredentialOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var identity = identityOptions.Value;
        var failures = new List<string>();
        var hasPassword = !string.IsNullOrWhiteSpace(identity.MicrosoftAppPassword);
        var hasPath = !string.IsNullOrWhiteSpace(options.CertificatePath);
        var hasThumbprint = !string.IsNullOrWhiteSpace(options.CertificateThumbprint);
        var hasFederated = !string.IsNullOrWhiteSpace(options.FederatedIdentityClientId);

        if (!options.AuthorityHost.IsAbsoluteUri || options.AuthorityHost.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("BotCredentials:AuthorityHost must be an absolute https URL.");
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePassword) && !hasPath)
        {
            failures.Add("BotCredentials:CertificatePassword is set without BotCredentials:CertificatePath.");
        }

        if (hasPath != hasThumbprint)
        {
            // Opened now so that a wrong path, password or thumbprint stops the app at start, not at the first reply.
            try
            {
                BotCertificate.Load(options).Dispose();
            }
            catch (BotTokenUnavailableException ex)
            {
                failures.Add(ex.Message);
            }
        }

        if (!identity.HasAppId)
        {
            // Local development sends no token; a credential without an app id is a half-finished configuration.
            if (hasPassword || hasPath || hasThumbprint || hasFederated || !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
            {
                failures.Add("A bot credential is configured but MicrosoftAppId is empty.");
            }

            return Result(failures);
        }

        if (!BotAppTypes.TryParse(identity.MicrosoftAppType, out var appType))
        {
            failures.Add("MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI.");
            return Result(failures);
        }

        var credentials = (hasPassword ? 1 : 0) + (hasPath ? 1 : 0) + (hasThumbprint ? 1 : 0) + (hasFederated ? 1 : 0);
        if (appType == BotAppType.UserAssignedMsi)
        {
            if (credentials > 0)
            {
                failures.Add("MicrosoftAppType=UserAssignedMSI takes no MicrosoftAppPassword, certificate or federated credential.");
            }
        }
        else
        {
            if (credentials != 1)
            {
                failures.Add("Configure exactly one of MicrosoftAppPassword, BotCredentials:CertificatePath, BotCredentials:CertificateThumbprint, BotCredentials:FederatedIdentityClientId.");
            }

            if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
            {
                failures.Add("BotCredentials:ManagedIdentityClientId applies only to MicrosoftAppType=UserAssignedMSI.");
            }
        }

        if (appType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(identity.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId.");
        }

        return Result(failures);
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
