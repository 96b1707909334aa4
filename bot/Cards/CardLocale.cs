using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Cards;

/// <summary>
/// Which language a person reads, from their Teams locale: Welsh for a Welsh client (cy, cy-GB), English for any other
/// locale and when none is known (older stored chats, activities without one).
/// </summary>
public static class CardLocale
{
    // One reading of a Welsh client for cards and for the answers alike.
    public static bool IsWelsh(string? locale) => PolicyLocale.IsWelsh(locale);

    public static CardLanguage Of(string? locale) => IsWelsh(locale) ? CardLanguage.Welsh : CardLanguage.English;

    /// <summary>The English or the Welsh of one piece of text, side by side where it is written so both can be reviewed together.</summary>
    public static string Say(this CardLanguage language, string english, string welsh) => language == CardLanguage.Welsh ? welsh : english;
}
