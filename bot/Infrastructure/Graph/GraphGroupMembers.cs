using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CadoxtonPolicyBot.Infrastructure.Graph;

/// <summary>An enabled user account in an Entra group.</summary>
public sealed record GraphGroupMember(string Id, string? DisplayName, string? UserPrincipalName);

public static class GraphGroupMembers
{
    /// <summary>
    /// The enabled users in an Entra group, nested groups included (GET /groups/{id}/transitiveMembers/microsoft.graph.user),
    /// page by page. The OData cast to microsoft.graph.user is an advanced query on directory objects, which Graph serves
    /// only with the header ConsistencyLevel: eventual and $count=true
    /// (https://learn.microsoft.com/graph/aad-advanced-queries); both go on every page, the @odata.nextLink ones too.
    /// accountEnabled is readable with the application permission User.Read.All (not with User.ReadBasic.All), which is
    /// what deploy/scripts/create-app-registration.sh requests; an account that Graph reports disabled is left out.
    /// The Graph SDK's retry handler waits out 429/503 answers as their Retry-After says. Graph's own failures
    /// (ODataError, HttpRequestException, AuthenticationFailedException) are the caller's to explain.
    /// </summary>
    public static async Task<List<GraphGroupMember>> ListEnabledUsersAsync(this GraphServiceClient client, string groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var members = new List<GraphGroupMember>();
        var page = await client.Groups[groupId].TransitiveMembers.GraphUser.GetAsync(request =>
        {
            request.QueryParameters.Select = ["id", "displayName", "userPrincipalName", "accountEnabled"];
            request.QueryParameters.Top = 999;
            request.QueryParameters.Count = true;
            request.Headers.Add(ConsistencyLevelHeader, EventualConsistency);
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
        }, NextPage);
        await pages.IterateAsync(cancellationToken);
        return members;
    }

    private const string ConsistencyLevelHeader = "ConsistencyLevel";
    private const string EventualConsistency = "eventual";

    /// <summary>The @odata.nextLink request: it already carries $count and $skiptoken; the header must be sent again.</summary>
    private static RequestInformation NextPage(RequestInformation request)
    {
        request.Headers.TryAdd(ConsistencyLevelHeader, EventualConsistency);
        request.AddRequestOptions([new RetryHandlerOption { MaxRetry = 6 }]);
        return request;
    }
}
