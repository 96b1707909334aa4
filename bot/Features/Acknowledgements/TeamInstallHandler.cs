using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Remembers the teams the bot is installed in, by name, from what Teams says: the install (installationUpdate, or a
/// conversationUpdate adding the bot, with channelData.team {id, name}), a rename (teamRenamed), and the removal of the
/// bot or the team. The launch form offers these teams by name.
/// </summary>
internal sealed partial class TeamInstallHandler(BotDbContext db, TimeProvider time, ILogger<TeamInstallHandler> logger) : IInstallationHandler
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "teamRenamed", "teamRestored", "teamUnarchived" };
    private static readonly HashSet<string> Gone = new(StringComparer.Ordinal) { "teamDeleted", "teamHardDeleted" };

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var team = activity.ChannelData?["team"];
        var teamId = team?["id"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(teamId) || teamId.Length > 256)
        {
            return;
        }

        var name = team?["name"]?.GetValue<string>() is { Length: > 0 and <= 256 } n ? n : null;
        var eventType = activity.ChannelData?["eventType"]?.GetValue<string>();
        var botId = activity.Recipient?.Id;
        bool IsBot(ChannelAccount m) => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase);
        var removed = (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
            || (activity.MembersRemoved?.Any(IsBot) ?? false)
            || (eventType is not null && Gone.Contains(eventType));
        var present = (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "add" or "add-upgrade")
            || (activity.MembersAdded?.Any(IsBot) ?? false)
            || (eventType is not null && Kept.Contains(eventType));
        if (removed)
        {
            await db.Set<InstalledTeam>().Where(t => t.TeamId == teamId).ExecuteDeleteAsync(cancellationToken);
            LogRemoved(logger);
            return;
        }

        if (!present)
        {
            return;
        }

        var now = time.GetUtcNow();
        var row = await db.Set<InstalledTeam>().FirstOrDefaultAsync(t => t.TeamId == teamId, cancellationToken);
        if (row is null)
        {
            db.Add(new InstalledTeam { TeamId = teamId, Name = name, ServiceUrl = turn.Reference.ServiceUrl, TenantId = activity.TenantId, UpdatedAt = now });
        }
        else
        {
            row.Name = name ?? row.Name;
            row.ServiceUrl = turn.Reference.ServiceUrl;
            row.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Teams announces an install twice at once; the other activity stored the team first.
            db.ChangeTracker.Clear();
        }

        LogInstalled(logger, name is not null);
    }

    [LoggerMessage(EventId = 5040, Level = LogLevel.Information, Message = "The bot is installed in a team (name known: {HasName})")]
    private static partial void LogInstalled(ILogger logger, bool hasName);

    [LoggerMessage(EventId = 5041, Level = LogLevel.Information, Message = "The bot was removed from a team, or the team was deleted")]
    private static partial void LogRemoved(ILogger logger);
}
