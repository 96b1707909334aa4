using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// The members of a Teams team from the Bot Connector's paged roster (the bot must be installed in that team).
/// Gives each person's 29: id too, so their 1:1 chat can be created without installing anything.
/// </summary>
public sealed partial class TeamRosterDirectory(IConnectorClient connector, TimeProvider time, ILogger<TeamRosterDirectory> logger)
{
    private const int PageSize = 500;
    private const int MaxThrottleWaits = 5;

    public async Task<AudienceResolution> ResolveAsync(string teamId, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var members = new List<AudienceMember>();
        string? continuation = null;
        var throttled = 0;
        while (true)
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, continuation, cancellationToken);
            if (page.Outcome == ConnectorOutcome.Throttled && throttled++ < MaxThrottleWaits)
            {
                await Task.Delay(page.RetryAfter ?? TimeSpan.FromSeconds(2 * throttled), time, cancellationToken);
                continue;
            }

            if (!page.Succeeded || page.Value is null)
            {
                LogRosterFailed(logger, page.Outcome, page.StatusCode);
                return AudienceResolution.Failed(page.Outcome == ConnectorOutcome.NotFound
                    ? "I can't read that team's members: check the team id, and that the bot has been added to the team."
                    : "Teams did not give me that team's members just now. Please try again in a few minutes.");
            }

            members.AddRange(page.Value.Members
                .Where(m => !string.IsNullOrWhiteSpace(m.AadObjectId) && !string.Equals(m.UserRole, "anonymous", StringComparison.OrdinalIgnoreCase))
                .Select(m => new AudienceMember(m.AadObjectId!, m.Name, m.UserPrincipalName ?? m.Email, m.Id)));
            continuation = page.Value.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        return AudienceResolution.Of(members);
    }

    [LoggerMessage(EventId = 5032, Level = LogLevel.Warning, Message = "Team roster read failed: {Outcome} {Status}")]
    private static partial void LogRosterFailed(ILogger logger, ConnectorOutcome outcome, int status);
}
