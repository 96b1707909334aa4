using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>"start acknowledgement round" typed by anyone: the form for the head teacher, a polite refusal for others.</summary>
internal sealed class StartRoundCommand(AcknowledgementCards cards, StaffRoles roles, SchoolClock clock, Deferred<AudienceChoices> audiences) : IMessageCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "start acknowledgement round", "start an acknowledgement round", "start acknowledgment round", "start an acknowledgment round",
        "new acknowledgement round", "launch acknowledgement round", "start a round", "start round",
    };

    public bool Matches(IncomingMessage message) => Phrases.Contains(message.Normalised);

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var card = roles.IsHeadTeacher(turn.Activity.From?.AadObjectId)
            ? cards.LaunchForm(AcknowledgementCardActions.DefaultForm(clock, null), [], await audiences.Value.ListAsync(cancellationToken))
            : AcknowledgementCards.Refusal();
        await turn.SendAsync(card.ToActivity("Acknowledgement round"), cancellationToken);
    }
}
