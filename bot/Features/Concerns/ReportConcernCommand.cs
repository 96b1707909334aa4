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

    public bool Matches(IncomingMessage message) => Phrases.Contains(message.Normalised);

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await actions.Value.StartAsync(turn, cancellationToken);
        var reply = result switch
        {
            Turns.CardActionResult.ShowCard show => show.Card.ToActivity("Report a concern"),
            Turns.CardActionResult.ShowMessage shown => turn.Activity.CreateReply(shown.Text),
            Turns.CardActionResult.Rejected rejected => turn.Activity.CreateReply(rejected.Message),
            _ => throw new InvalidOperationException("Unknown card action result."),
        };
        await turn.SendAsync(reply, cancellationToken);
    }
}
