using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>Told when people join a conversation the bot is in (not the bot itself).</summary>
public interface IMembersAddedHandler
{
    Task HandleAsync(ITurnContext turn, IReadOnlyList<ChannelAccount> members, CancellationToken cancellationToken);
}
