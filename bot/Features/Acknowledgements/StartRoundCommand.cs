using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>"start acknowledgement round" typed by anyone: the form for the head teacher, a polite refusal for others.</summary>
internal sealed class StartRoundCommand(AcknowledgementCards cards, StaffRoles roles, SchoolClock clock) : IMessageCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "start acknowledgement round", "start an acknowledgement round", "start acknowledgment round", "start an acknowledgment round",
        "new acknowledgement round", "launch acknowledgement round", "start a round", "start round",
    };

    public bool Matches(IncomingMessage message) => Phrases.Contains(message.Normalised);

    public Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        var card = roles.IsHeadTeacher(turn.Activity.From?.AadObjectId)
            ? cards.LaunchForm(AcknowledgementCardActions.DefaultForm(clock, null), [])
            : AcknowledgementCards.Refusal();
        return turn.SendAsync(card.ToActivity("Acknowledgement round"), cancellationToken);
    }
}
