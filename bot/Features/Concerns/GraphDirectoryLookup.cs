using System.ComponentModel.DataAnnotations;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>App-only access to Microsoft Graph (section "Graph"): needs the User.Read.All application permission.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    [Required]
    public string TenantId { get; set; } = string.Empty;

    [Required]
    public string ClientId { get; set; } = string.Empty;

    /// <summary>A client secret; when empty, the app's managed identity (with <see cref="ClientId"/> as its id) is used.</summary>
    public string? ClientSecret { get; set; }

    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        return !string.IsNullOrWhiteSpace(section["TenantId"]) && !string.IsNullOrWhiteSpace(section["ClientId"]);
    }

    internal TokenCredential CreateCredential() => string.IsNullOrWhiteSpace(ClientSecret)
        ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(ClientId))
        : new ClientSecretCredential(TenantId, ClientId, ClientSecret);
}

/// <summary>GET /users/{id}?$select=userPrincipalName through the Microsoft Graph SDK.</summary>
internal sealed partial class GraphDirectoryLookup(IOptions<GraphOptions> options, ILogger<GraphDirectoryLookup> logger) : IDirectoryLookup, IDisposable
{
    private readonly GraphServiceClient _client = new(options.Value.CreateCredential(), ["https://graph.microsoft.com/.default"]);

    public async Task<string?> FindUserPrincipalNameAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(aadObjectId, out _))
        {
            return null;
        }

        try
        {
            var user = await _client.Users[aadObjectId].GetAsync(r => r.QueryParameters.Select = ["userPrincipalName"], cancellationToken);
            return user?.UserPrincipalName;
        }
        catch (ODataError ex)
        {
            LogLookupFailed(logger, ex.ResponseStatusCode);
            return null;
        }
        catch (AuthenticationFailedException)
        {
            LogLookupFailed(logger, 401);
            return null;
        }
    }

    public void Dispose() => _client.Dispose();

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Graph user lookup failed with status {StatusCode}; the UPN is left empty")]
    private static partial void LogLookupFailed(ILogger logger, int statusCode);
}
