using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// How hard the connector client tries ("BotConnector" section). The defaults follow the Teams rate-limit guidance:
/// honour Retry-After, otherwise back off exponentially with jitter, a bounded number of times.
/// </summary>
public sealed class BotConnectorOptions : IValidatableObject
{
    public const string SectionName = "BotConnector";

    /// <summary>Retries after the first attempt, for 429, 412, 502, 503, 504 and network errors. 0 turns retries off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>First backoff wait when the connector gives no Retry-After; doubles per attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest single wait. A Retry-After longer than this ends the retries at once: the call returns Throttled with
    /// the Retry-After, so a queue can reschedule instead of holding a request open.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time allowed for one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for a call including every retry and wait.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeout < AttemptTimeout)
        {
            yield return new ValidationResult("BotConnector:TotalTimeout must not be shorter than BotConnector:AttemptTimeout.", [nameof(TotalTimeout)]);
        }

        if (MaxDelay < BaseDelay)
        {
            yield return new ValidationResult("BotConnector:MaxDelay must not be shorter than BotConnector:BaseDelay.", [nameof(MaxDelay)]);
        }
    }
}

/// <summary>
/// The bot's credential besides MicrosoftAppPassword ("BotCredentials" section). Exactly one credential is used:
/// MicrosoftAppPassword, a certificate (file or store), or, for MicrosoftAppType=UserAssignedMSI, the managed identity.
/// </summary>
public sealed class BotCredentialOptions
{
    public const string SectionName = "BotCredentials";

    /// <summary>A PKCS#12 (.pfx) file holding the app registration's certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Thumbprint of a certificate in the CurrentUser or LocalMachine "My" store (App Service on Windows puts
    /// certificates named in WEBSITE_LOAD_CERTIFICATES there; on Linux it writes /var/ssl/private/&lt;thumbprint&gt;.p12
    /// instead, which <see cref="CertificatePath"/> names).
    /// </summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>
    /// A user-assigned managed identity trusted by the app registration through a federated credential: its token
    /// (audience api://AzureADTokenExchange) is the client assertion, so no secret or certificate exists anywhere.
    /// </summary>
    public string? FederatedIdentityClientId { get; set; }

    /// <summary>UserAssignedMSI only: the identity's client id. Defaults to MicrosoftAppId, which Azure Bot sets to it.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The Entra login host; change only for a national cloud (e.g. https://login.microsoftonline.us).</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    internal bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(CertificateThumbprint);
}
