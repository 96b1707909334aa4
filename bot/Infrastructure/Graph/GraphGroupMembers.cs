using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CadoxtonPolicyBot.Infrastructure.Graph;

/// <summary>An enabled user account in an Entra group.</summary>
public sealed record GraphGroupMember(string Id, string? DisplayName, string? UserPrincipalName);

public static class GraphGroupMembers
{
    /// <summary>
    /// The enabled users in an Entra group, nested groups included (GET /groups/{id}/transitiveMembers/microsoft.graph.user),
    /// page by page. The Graph SDK's retry handler waits out 429/503 answers as their Retry-After says. Graph's own
    /// failures (ODataError, HttpRequestException, AuthenticationFailedException) are the caller's to explain.
    /// </summary>
    public static async Task<List<GraphGroupMember>> ListEnabledUsersAsync(this GraphServiceClient client, string groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var members = new List<GraphGroupMember>();
        var page = await client.Groups[groupId].TransitiveMembers.GraphUser.GetAsync(request =>
        {
            request.QueryParameters.Select = ["id", "displayName", "userPrincipalName", "accountEnabled"];
            request.QueryParameters.Top = 999;
            request.Options.Add(new RetryHandlerOption { MaxRetry = 6 });
        }, cancellationToken);
        if (page is null)
        {
            return members;
        }

        var pages = PageIterator<User, UserCollectionResponse>.CreatePageIterator(client, page, user =>
        {
            if (user.Id is not null && user.AccountEnabled != false)
            {
                members.Add(new GraphGroupMember(user.Id, user.DisplayName, user.UserPrincipalName));
            }

            return true;
        }, request =>
        {
            request.AddRequestOptions([new RetryHandlerOption { MaxRetry = 6 }]);
            return request;
        });
        await pages.IterateAsync(cancellationToken);
        return members;
    }
}
