using CadoxtonPolicyBot.Cards;
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
    public bool Matches(IncomingMessage message) => message.Normalised is "my concerns" or MyConcernsWelsh or "concerns" or "open concerns" or "list concerns";

    private const string MyConcernsWelsh = "fy mhryderon";

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        var language = message.Normalised == MyConcernsWelsh ? CardLanguage.Welsh : CardLocale.Of(turn.Activity.Locale);
        var actor = turn.Activity.From?.AadObjectId;
        if (actor is null)
        {
            await turn.SendAsync(turn.Activity.CreateReply(language.Say("I couldn't tell who you are from Teams.", "Doeddwn i ddim yn gallu gweld pwy ydych chi o Teams.")), cancellationToken);
            return;
        }

        // A reporter's own list follows their language; a handler's list of open concerns stays in English.
        var mine = message.Normalised is "my concerns" or MyConcernsWelsh;
        var card = !mine && roles.IsConcernHandler(actor)
            ? ConcernCards.HandlerList(await store.Value.ListOpenForHandlerAsync(actor, cancellationToken), clock)
            : ConcernCards.ReporterList(await store.Value.ListForReporterAsync(actor, cancellationToken), clock, language);
        var summary = language.Say("Concerns", "Pryderon");
        if (turn.Activity.IsPersonalChat)
        {
            await turn.SendAsync(card.ToActivity(summary), cancellationToken);
            return;
        }

        var sent = await messenger.Value.SendPrivatelyAsync(turn, card.ToActivity(summary), cancellationToken);
        await turn.SendAsync(turn.Activity.CreateReply(sent ? ConcernCardActions.Privately(language) : language.Say("Ask me in our private chat.", "Gofynnwch i fi yn ein sgwrs breifat.")), cancellationToken);
    }
}
