using Microsoft.Graph;

namespace CadoxtonPolicyBot.Infrastructure.Graph;

/// <summary>An Entra group by name: what a head teacher picks from, never its id.</summary>
public sealed record GraphGroup(string Id, string DisplayName);

public static class GraphGroups
{
    /// <summary>The most groups one search returns: Teams shows at most 15 choices in a typeahead.</summary>
    public const int MaxResults = 15;

    /// <summary>
    /// Groups whose display name has a word starting with <paramref name="text"/>:
    /// GET /groups?$search="displayName:{text}"&amp;$select=id,displayName&amp;$top=15&amp;$count=true with the header
    /// ConsistencyLevel: eventual, which $search on directory objects requires (https://learn.microsoft.com/graph/search-query-parameter).
    /// The text is the head teacher's: quotes and backslashes are dropped, so it cannot end the search clause.
    /// Listing groups is an application permission of its own in Graph's permission table (GroupMember.Read.All, Group.Read.All
    /// or Directory.Read.All); with only GroupMember.ReadBasic.All Graph may refuse it, and the typeahead then finds nothing
    /// while the form still offers the staff group and the teams (deploy/README.md, step 3).
    /// </summary>
    public static async Task<IReadOnlyList<GraphGroup>> SearchByNameAsync(this GraphServiceClient client, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var clean = SearchText(text);
        if (clean.Length == 0)
        {
            return [];
        }

        var page = await client.Groups.GetAsync(request =>
        {
            request.QueryParameters.Search = $"\"displayName:{clean}\"";
            request.QueryParameters.Select = ["id", "displayName"];
            request.QueryParameters.Top = MaxResults;
            request.QueryParameters.Count = true;
            request.Headers.Add("ConsistencyLevel", "eventual");
        }, cancellationToken);
        return [.. (page?.Value ?? []).Where(g => g.Id is not null && !string.IsNullOrWhiteSpace(g.DisplayName))
            .Select(g => new GraphGroup(g.Id!, g.DisplayName!)).Take(MaxResults)];
    }

    /// <summary>GET /groups/{id}?$select=id,displayName: the name to show for a group chosen by id.</summary>
    public static async Task<string?> DisplayNameAsync(this GraphServiceClient client, string groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var group = await client.Groups[groupId].GetAsync(request => request.QueryParameters.Select = ["id", "displayName"], cancellationToken);
        return string.IsNullOrWhiteSpace(group?.DisplayName) ? null : group.DisplayName;
    }

    /// <summary>Letters, digits, spaces and a little punctuation, at most 64 characters.</summary>
    public static string SearchText(string? text) =>
        new string([.. (text ?? string.Empty).Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '\'' or '&').Take(64)]).Trim();
}
