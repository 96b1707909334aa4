using CadoxtonPolicyBot.Infrastructure.Graph;
using System.Net;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>An Entra group as an audience: its enabled users, nested groups included, with Graph's failures explained.</summary>
public sealed partial class GraphGroupDirectory(GraphClientProvider graph, ILogger<GraphGroupDirectory> logger) : IGroupSearch
{
    public async Task<AudienceResolution> ResolveAsync(string groupId, CancellationToken cancellationToken)
    {
        var client = graph.Client;
        if (client is null)
        {
            return AudienceResolution.Failed("Microsoft Graph is not set up for this bot, so Entra groups cannot be read. Use team: and a Teams team id, or ask IT to configure Graph.");
        }

        List<AudienceMember> members;
        try
        {
            members = [.. (await client.ListEnabledUsersAsync(groupId, cancellationToken)).Select(m => new AudienceMember(m.Id, m.DisplayName, m.UserPrincipalName))];
        }
        catch (ODataError error)
        {
            LogGraphError(logger, error.ResponseStatusCode, error.Error?.Code);
            return AudienceResolution.Failed(error.ResponseStatusCode switch
            {
                (int)HttpStatusCode.NotFound => "Microsoft Graph has no group with that id. Check the Entra group id.",
                (int)HttpStatusCode.Forbidden => "The bot is not allowed to read that group's members (it needs the Microsoft Graph permission GroupMember.ReadBasic.All: deploy/README.md, step 3).",
                (int)HttpStatusCode.TooManyRequests => "Microsoft Graph is busy just now. Please try again in a few minutes.",
                _ => "Microsoft Graph could not list that group's members just now. Please try again later.",
            });
        }
        catch (Exception ex) when (ex is HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            // Graph or Entra unreachable, or the bot's credential refused: a clear message, nothing launched.
            LogGraphError(logger, 0, ex.GetType().Name);
            return AudienceResolution.Failed("Microsoft Graph could not be reached just now. Please try again later, or use team: and a Teams team id.");
        }

        return AudienceResolution.Of(members, await NameAsync(groupId, cancellationToken));
    }

    /// <summary>The group's display name, or null when Graph is not set up or cannot say.</summary>
    public Task<string?> NameAsync(string groupId, CancellationToken cancellationToken) =>
        OrWhenGraphFailsAsync(client => client.DisplayNameAsync(groupId, cancellationToken), (string?)null);

    /// <summary>Entra groups whose name has a word starting with the text, for the launch form's typeahead.</summary>
    public Task<IReadOnlyList<GraphGroup>> SearchAsync(string text, CancellationToken cancellationToken) =>
        OrWhenGraphFailsAsync(client => client.SearchByNameAsync(text, cancellationToken), (IReadOnlyList<GraphGroup>)[]);

    // A name or a suggestion is a nicety: when Graph is not set up, unreachable or refuses, the form goes on without it.
    private async Task<T> OrWhenGraphFailsAsync<T>(Func<Microsoft.Graph.GraphServiceClient, Task<T>> call, T fallback)
    {
        if (graph.Client is not { } client)
        {
            return fallback;
        }

        try
        {
            return await call(client);
        }
        catch (Exception ex) when (ex is ODataError or HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            LogGraphError(logger, (ex as ODataError)?.ResponseStatusCode ?? 0, ex.GetType().Name);
            return fallback;
        }
    }

    [LoggerMessage(EventId = 5030, Level = LogLevel.Warning, Message = "Graph group members read failed: {Status} {Code}")]
    private static partial void LogGraphError(ILogger logger, int status, string? code);
}
