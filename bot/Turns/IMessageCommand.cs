using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>A message's text with the bot's @mention removed, and a normalised form for command matching.</summary>
public sealed record IncomingMessage(string Text, string Normalised);

/// <summary>A text command a feature answers ("help", "report a concern", ...). Lower <see cref="Order"/> is tried first.</summary>
public interface IMessageCommand
{
    int Order => 0;

    bool Matches(IncomingMessage message);

    /// <summary>
    /// For commands that depend on more than the words: the whole activity (e.g. its attachments) or stored state
    /// (e.g. "this user has an evidence upload open"). The router calls this one; by default it is <see cref="Matches"/>.
    /// </summary>
    ValueTask<bool> MatchesAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Matches(message));

    Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken);
}
