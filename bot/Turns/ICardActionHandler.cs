using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>Handles the card verbs with a given prefix ("policy.", "ack.", "concern.").</summary>
public interface ICardActionHandler
{
    bool CanHandle(string verb);

    Task<CardActionResult> HandleAsync(ITurnContext turn, CardActionRequest action, CancellationToken cancellationToken);
}
