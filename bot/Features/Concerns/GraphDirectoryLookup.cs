using Azure.Identity;
using CadoxtonPolicyBot.Infrastructure.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// GET /users/{id}?$select=userPrincipalName through the Microsoft Graph SDK (application permission User.Read.All).
/// In local mode there is no Graph client, and the UPN stays empty: it is never guessed.
/// </summary>
internal sealed partial class GraphDirectoryLookup(GraphClientProvider graph, ILogger<GraphDirectoryLookup> logger) : IDirectoryLookup
{
    public async Task<string?> FindUserPrincipalNameAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (graph.Client is not { } client || !Guid.TryParse(aadObjectId, out _))
        {
            return null;
        }

        try
        {
            var user = await client.Users[aadObjectId].GetAsync(r => r.QueryParameters.Select = ["userPrincipalName"], cancellationToken);
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
        catch (HttpRequestException)
        {
            // Graph unreachable: the concern is still recorded, with the reporter's Entra id and Teams name.
            LogLookupFailed(logger, 0);
            return null;
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Graph user lookup failed with status {StatusCode}; the UPN is left empty")]
    private static partial void LogLookupFailed(ILogger logger, int statusCode);
}
