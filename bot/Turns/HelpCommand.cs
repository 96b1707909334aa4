using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>"help", "hi", "what can you do": the help card.</summary>
internal sealed class HelpCommand(HelpCards cards, IEnumerable<IPersonalHelpSource> personal) : IMessageCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "help", "helpu", "cymorth", "help os gwelwch yn dda", "hi", "hello", "helo", "shwmae", "hey", "menu", "start", "what can you do", "what can i ask", "commands", "help me", "options",
    };

    public int Order => -100;

    public bool Matches(IncomingMessage message) => Phrases.Contains(message.Normalised);

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var entries = await HelpCards.PersonalEntriesAsync(personal, turn.Activity.From?.AadObjectId, turn.Activity.IsPersonalChat, cancellationToken);
        await turn.SendAsync(cards.Help(turn.Activity.Locale, entries).ToActivity(CardLocale.IsWelsh(turn.Activity.Locale) ? HelpCards.HelpSummaryWelsh : HelpCards.HelpSummary), cancellationToken);
    }
}
