using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>People joining a team that is an open round's audience get the round's card straight away.</summary>
internal sealed class RoundJoinerHandler(AcknowledgementRounds rounds) : Turns.IMembersAddedHandler
{
    public async Task HandleAsync(ITurnContext turn, IReadOnlyList<ChannelAccount> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(members);
        var teamId = turn.Activity.ChannelData?["team"]?["id"]?.GetValue<string>();
        if (teamId is null)
        {
            return;
        }

        var audience = new AudienceSpec(AudienceKind.Team, teamId).ToString();
        foreach (var round in (await rounds.OpenRoundsAsync(cancellationToken)).Where(r => r.Audience == audience))
        {
            var joiners = members.Where(m => !string.IsNullOrWhiteSpace(m.AadObjectId))
                .Select(m => new AudienceMember(m.AadObjectId!, m.Name, null, m.Id))
                .ToList();
            await rounds.AddRecipientsAsync(round, joiners, cancellationToken);
        }
    }
}
