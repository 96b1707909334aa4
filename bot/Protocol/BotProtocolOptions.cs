using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// The bot's identity, under the Bot Framework's conventional top-level names so that Azure Bot documentation,
/// App Service settings and environment variables (MicrosoftAppId=...) apply unchanged.
/// </summary>
public sealed class BotIdentityOptions
{
    /// <summary>SingleTenant (the default for new bots), UserAssignedMSI, or MultiTenant for an existing legacy registration.</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";

    /// <summary>The Entra app registration (client) id. Empty: local development, loopback callers only.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret; prefer a certificate or managed identity in production.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>How /api/messages is guarded and where the connector may be called.</summary>
public sealed class BotProtocolOptions
{
    public const string SectionName = "BotProtocol";

    /// <summary>Largest request body accepted on /api/messages; bigger gets 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The Bot Connector's OpenID metadata document.</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Bot Connector's token issuer.</summary>
    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Further issuers to accept, each validated against its own OpenID metadata (e.g. Entra-issued channel tokens).</summary>
    public List<ExtraIssuer> ExtraIssuers { get; set; } = [];

    /// <summary>serviceUrls the bot may call before any authenticated activity has named them (proactive messages after a restart).</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>
    /// Local mode (no MicrosoftAppId) starts only in the Development environment unless this is true: for a benchmark
    /// or a demonstration on one machine, never for a deployment. It still listens and answers on loopback only.
    /// </summary>
    public bool AllowLocalModeOutsideDevelopment { get; set; }

    /// <summary>How often signing keys are re-read at the latest; the protocol requires at least daily.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);
}

public sealed class ExtraIssuer
{
    [Required]
    public string Issuer { get; set; } = string.Empty;

    [Required]
    public string MetadataUrl { get; set; } = string.Empty;
}
