using CadoxtonPolicyBot.Cards;

namespace CadoxtonPolicyBot.Turns;

public abstract record CardActionResult
{
    private CardActionResult()
    {
    }

    /// <summary>Replace the pressed card (Execute) or answer with this card (Submit).</summary>
    public sealed record ShowCard(AdaptiveCard Card) : CardActionResult;

    public sealed record ShowMessage(string Text) : CardActionResult;

    /// <summary>Bad input: the user is told plainly; nothing was changed.</summary>
    public sealed record Rejected(string Message) : CardActionResult;
}
