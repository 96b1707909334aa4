namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>The language of a reply: the question's own language, and Welsh for a Welsh Teams client (cy-GB) when the words don't say.</summary>
public static class PolicyLocale
{
    public static bool IsWelsh(string? locale) =>
        locale is not null && (locale.Equals("cy", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("cy-", StringComparison.OrdinalIgnoreCase));

    public static AnswerLanguage Language(string? locale, string? text) =>
        text is not null && LanguageDetector.Detect(text) == AnswerLanguage.Welsh ? AnswerLanguage.Welsh
        : IsWelsh(locale) && string.IsNullOrWhiteSpace(text) ? AnswerLanguage.Welsh
        : AnswerLanguage.English;
}
