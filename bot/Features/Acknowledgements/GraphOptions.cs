using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Configuration section "Graph": the app-only identity used to read audience groups and install the bot for staff.
/// One of: a client secret, a certificate (file), or a managed identity. Needs GroupMember.Read.All and
/// TeamsAppInstallation.ReadWriteSelfForUser.All (application permissions, admin consent).
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>A PFX/PEM file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Use the app's managed identity (ManagedIdentityClientId picks a user-assigned one).</summary>
    public bool UseManagedIdentity { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Graph's base address (national clouds differ).</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    public bool IsConfigured => UseManagedIdentity || (!string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(TenantId)
        && (!string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath)));

    internal static ValidateOptionsResult Validate(GraphOptions options)
    {
        var anything = !string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ClientSecret)
            || !string.IsNullOrWhiteSpace(options.CertificatePath);
        if (anything && !options.UseManagedIdentity && !options.IsConfigured)
        {
            return ValidateOptionsResult.Fail("Graph needs TenantId, ClientId and either ClientSecret or CertificatePath (or UseManagedIdentity).");
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret) && !string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return ValidateOptionsResult.Fail("Graph: give either ClientSecret or CertificatePath, not both.");
        }

        return ValidateOptionsResult.Success;
    }
}

/// <summary>Builds the one GraphServiceClient from <see cref="GraphOptions"/>; null when Graph is not configured.</summary>
public sealed class GraphClientProvider(IOptions<GraphOptions> options) : IDisposable
{
    private readonly Lazy<GraphServiceClient?> _client = new(() => Create(options.Value));

    public GraphServiceClient? Client => _client.Value;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value?.Dispose();
        }
    }

    private static GraphServiceClient? Create(GraphOptions settings)
    {
        if (!settings.IsConfigured)
        {
            return null;
        }

        TokenCredential credential = settings switch
        {
            { UseManagedIdentity: true } => string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ManagedIdentityClientId)),
            { CertificatePath: { Length: > 0 } path } => new ClientCertificateCredential(settings.TenantId, settings.ClientId,
                X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword)),
            _ => new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret),
        };
        return new GraphServiceClient(credential, ["https://graph.microsoft.com/.default"], settings.BaseUrl.ToString().TrimEnd('/'));
    }
}
