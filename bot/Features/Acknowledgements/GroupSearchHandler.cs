using CadoxtonPolicyBot.Infrastructure.Graph;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// The launch form's typeahead: Teams sends an application/search invoke ({queryText, dataset, queryOptions {skip, top}})
/// as the head teacher types in the audience box, and shows the groups answered
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search). Only a head teacher
/// may search the directory; anyone else gets an error answer and Graph is not called.
/// </summary>
internal sealed partial class GroupSearchHandler(IGroupSearch groups, AudienceChoices choices, StaffRoles roles, ILogger<GroupSearchHandler> logger) : IInvokeHandler
{
    public const string InvokeName = "application/search";
    public const string Dataset = "cadoxton.entraGroups";
    public const string ResponseType = "application/vnd.microsoft.search.searchResponse";

    public bool CanHandle(string invokeName) => invokeName == InvokeName;

    public bool CanHandle(string invokeName, Activity activity) =>
        invokeName == InvokeName && activity?.Value?["dataset"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
        && activity.Value["dataset"]!.GetValue<string>() == Dataset;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!roles.IsHeadTeacher(turn.Activity.From?.AadObjectId))
        {
            LogRefused(logger);
            return new InvokeResponse(200, new
            {
                statusCode = 403,
                type = "application/vnd.microsoft.error",
                value = new { code = "Forbidden", message = AcknowledgementCards.RefusalMessage },
            });
        }

        var value = turn.Activity.Value;
        var text = value?["queryText"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? value["queryText"]!.GetValue<string>() : string.Empty;
        // A skip that is not a small whole number (1.5, 1e20, -3) reads as "a later page", which is empty: never an error.
        var skipNode = value?["queryOptions"]?["skip"];
        var skip = skipNode?.GetValueKind() != System.Text.Json.JsonValueKind.Number ? 0
            : skipNode.AsValue().TryGetValue<int>(out var pages) && pages >= 0 ? pages : 1;
        // Graph's $search has no paging by offset: the first 15 are all there is to offer; a later page is empty.
        var found = skip > 0 ? [] : await groups.SearchAsync(text, cancellationToken);
        LogSearched(logger, found.Count);
        // The staff group and the bot's teams match by name too: some clients list only what the search answers.
        var words = GraphGroups.SearchText(text);
        var listed = skip > 0 || words.Length == 0 ? [] : (await choices.ListAsync(cancellationToken))
            .Where(c => c.Title.Contains(words, StringComparison.OrdinalIgnoreCase)).ToList();
        var results = listed.Select(c => new { title = c.Title, value = c.Value })
            .Concat(found.Select(g => new { title = g.DisplayName, value = new AudienceSpec(AudienceKind.Group, g.Id).ToString() }))
            .DistinctBy(r => r.value, StringComparer.OrdinalIgnoreCase)
            .Take(GraphGroups.MaxResults)
            .ToArray();
        return new InvokeResponse(200, new { statusCode = 200, type = ResponseType, value = new { results } });
    }

    [LoggerMessage(EventId = 5042, Level = LogLevel.Information, Message = "Group search by someone who is not a head teacher refused")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(EventId = 5043, Level = LogLevel.Debug, Message = "Group search answered with {Count} group(s)")]
    private static partial void LogSearched(ILogger logger, int count);
}
