namespace CadoxtonPolicyBot.Cards;

/// <summary>The language a card or reply is written in for the person who will read it.</summary>
public enum CardLanguage
{
    English,
    Welsh,
}
