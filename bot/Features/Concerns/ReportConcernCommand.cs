using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>"report a concern": the consent card in 1:1, or "I've messaged you privately" where others can read.</summary>
internal sealed class ReportConcernCommand(Deferred<ConcernCardActions> actions) : IMessageCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "report a concern", "report concern", "raise a concern", "raise concern", "report a breach", "i want to report a concern", "concern report",
    };

    // Typed in Welsh, the flow answers in Welsh whatever the Teams locale.
    private static readonly HashSet<string> WelshPhrases = new(StringComparer.Ordinal)
    {
        "codi pryder", "adrodd pryder", "rhoi gwybod am bryder", "dw i eisiau codi pryder", "rydw i eisiau codi pryder",
    };

    public bool Matches(IncomingMessage message) => Phrases.Contains(message.Normalised) || WelshPhrases.Contains(message.Normalised);

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        var language = WelshPhrases.Contains(message.Normalised) ? CardLanguage.Welsh : CardLocale.Of(turn.Activity.Locale);
        var result = await actions.Value.StartAsync(turn, cancellationToken, language);
        var reply = result switch
        {
            Turns.CardActionResult.ShowCard show => show.Card.ToActivity(ConcernCards.ReportTitle(language)),
            Turns.CardActionResult.ShowMessage shown => turn.Activity.CreateReply(shown.Text),
            Turns.CardActionResult.Rejected rejected => turn.Activity.CreateReply(rejected.Message),
            _ => throw new InvalidOperationException("Unknown card action result."),
        };
        await turn.SendAsync(reply, cancellationToken);
    }
}
