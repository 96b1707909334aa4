using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Sends each audience to the directory that can read it; a team's name is the one its install gave.</summary>
public sealed class AudienceDirectory(GraphGroupDirectory groups, TeamRosterDirectory teams, BotDbContext db) : IAudienceDirectory
{
    public async Task<AudienceResolution> ResolveAsync(AudienceSpec audience, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        if (audience.Kind != AudienceKind.Team)
        {
            return await groups.ResolveAsync(audience.Id, cancellationToken);
        }

        var resolved = await teams.ResolveAsync(audience.Id, serviceUrl, cancellationToken);
        var name = await db.Set<InstalledTeam>().AsNoTracking().Where(t => t.TeamId == audience.Id).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        return resolved with { Name = name };
    }
}
