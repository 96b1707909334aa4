using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// "my concerns" (anyone: the status of their own, by reference) and "concerns" (handlers: the open ones, except any
/// about themselves). Never answered where others can read.
/// </summary>
internal sealed class ConcernListCommand(Deferred<ConcernStore> store, StaffRoles roles, Deferred<ConcernMessenger> messenger, SchoolClock clock) : IMessageCommand
{
    public bool Matches(IncomingMessage message) => message.Normalised is "my concerns" or "concerns" or "open concerns" or "list concerns";

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        var actor = turn.Activity.From?.AadObjectId;
        if (actor is null)
        {
            await turn.SendAsync(turn.Activity.CreateReply("I couldn't tell who you are from Teams."), cancellationToken);
            return;
        }

        var card = message.Normalised != "my concerns" && roles.IsConcernHandler(actor)
            ? ConcernCards.HandlerList(await store.Value.ListOpenForHandlerAsync(actor, cancellationToken), clock)
            : ConcernCards.ReporterList(await store.Value.ListForReporterAsync(actor, cancellationToken), clock);
        if (turn.Activity.IsPersonalChat)
        {
            await turn.SendAsync(card.ToActivity("Concerns"), cancellationToken);
            return;
        }

        var sent = await messenger.Value.SendPrivatelyAsync(turn, card.ToActivity("Concerns"), cancellationToken);
        await turn.SendAsync(turn.Activity.CreateReply(sent ? ConcernCardActions.PrivatelyMessage : "Ask me in our private chat."), cancellationToken);
    }
}
