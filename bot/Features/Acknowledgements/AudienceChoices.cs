using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// The audiences the launch form offers by name: the configured staff group first, then the teams the bot is installed
/// in. Entra groups beyond these are found by typing their name (the form's typeahead, <see cref="GroupSearchHandler"/>).
/// </summary>
public sealed class AudienceChoices(BotDbContext db, IGroupSearch groups, IOptionsMonitor<RolesOptions> roles)
{
    public const string StaffGroupFallbackName = "All staff (the configured staff group)";
    private const int MaxTeams = 50;

    public async Task<IReadOnlyList<Choice>> ListAsync(CancellationToken cancellationToken)
    {
        var choices = new List<Choice>();
        if (StaffGroupId is { } staffGroup)
        {
            choices.Add(new Choice(await StaffGroupNameAsync(staffGroup, cancellationToken), new AudienceSpec(AudienceKind.Group, staffGroup).ToString()));
        }

        var teams = await db.Set<InstalledTeam>().AsNoTracking().OrderBy(t => t.Name).Take(MaxTeams).ToListAsync(cancellationToken);
        choices.AddRange(teams.Select(t => new Choice($"{t.Name ?? "A team (Teams has not told me its name yet)"} (team)", new AudienceSpec(AudienceKind.Team, t.TeamId).ToString())));
        return choices;
    }

    public bool IsStaffGroup(AudienceSpec audience) =>
        audience is { Kind: AudienceKind.Group } && string.Equals(audience.Id, StaffGroupId, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Cadoxton Staff (the staff group)", or "All staff (the configured staff group)" when Graph cannot name it.</summary>
    public async Task<string> StaffGroupNameAsync(string groupId, CancellationToken cancellationToken) =>
        await groups.NameAsync(groupId, cancellationToken) is { } name ? $"{name} (the staff group)" : StaffGroupFallbackName;

    private string? StaffGroupId => Guid.TryParse(roles.CurrentValue.StaffGroupId, out var id) ? id.ToString("D") : null;
}
