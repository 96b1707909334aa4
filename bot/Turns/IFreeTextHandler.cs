using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>What answers a message no command claimed (the policy questions, once that feature is present).</summary>
public interface IFreeTextHandler
{
    Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken);
}
