using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

public enum AnswerLanguage
{
    English,
    Welsh,
}

/// <summary>
/// Tells a Welsh question from an English one by their small words, which a question cannot do without: "ga i",
/// "ydy", "mae", "fy", "yn y" against "can", "the", "is", "my". Names of places or platforms count for neither, so a
/// Welsh question full of English platform names is Welsh, and an English one about a trip to Sain Ffagan is English.
/// </summary>
public static class LanguageDetector
{
    private static readonly FrozenSet<string> WelshWords = new[]
    {
        "ga", "gaf", "cha", "ydy", "ydi", "yw", "mae", "ma", "roedd", "oedd", "dwi", "dw", "rydw", "wi", "fy", "yn", "yr", "y", "ar", "gyda",
        "da", "efo", "am", "ond", "neu", "hefyd", "wedi", "bod", "fod", "oes", "beth", "be", "pwy", "ble", "pryd", "sut", "pam", "ddim",
        "dim", "iawn", "nawr", "heddiw", "ni", "chi", "nhw", "fi", "ei", "eu", "ein", "fe", "hi", "e", "o", "i", "ac", "a", "na", "nag",
        "alla", "allen", "allwn", "ddylwn", "dylwn", "eisiau", "ishe", "isio", "moyn", "gallu", "jyst", "tra", "achos", "os", "fel",
        "plant", "blant", "ysgol", "dosbarth", "ddosbarth", "nosbarth", "gwers", "wers", "ffon", "ffôn", "lluniau", "luniau", "llun", "lun",
        "pennaeth", "rhiant", "rhieni", "disgybl", "disgyblion", "ddisgybl", "athrawon", "gartref", "adre", "gwyliau", "wyliau",
        "penwythnos", "polisi", "berthnasol", "swydd", "golli", "bostio", "postio", "rhannu", "roi", "rhoi", "sgwrsio", "neges",
        "negeseuon", "dderbyn", "derbyn", "ffrind", "ychwanegu", "sôn", "son", "heb", "does", "ots", "sy", "sydd", "mewn", "ym", "yng",
        "ohoni", "wrtha", "amdana", "nawr", "mlynedd", "blwyddyn", "mlwyddyn", "cyfrifiadur", "gyfrifiadur", "nghyfrifiadur", "yma",
        "rhywun", "dweud", "ddweud", "gwneud", "neud", "gofyn", "cael", "wneud", "ddefnyddio", "defnyddio", "fynd", "mynd", "gweld",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishWords = new[]
    {
        "the", "can", "could", "is", "it", "to", "of", "my", "on", "in", "and", "for", "with", "what", "do", "does", "i", "a", "an", "at",
        "be", "are", "am", "was", "if", "or", "but", "that", "this", "they", "she", "he", "we", "you", "about", "should", "would", "will",
        "have", "has", "not", "no", "from", "our", "your", "their", "me", "her", "him", "them", "ok", "okay", "allowed", "post", "who",
        "how", "when", "where", "why", "there", "just", "any", "some", "one", "all", "so", "still", "now", "today", "after", "before",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words both languages share ("i", "a", "e", "o", "am", "fel"…) count for neither.
    private static readonly FrozenSet<string> Shared = new[] { "i", "a", "e", "o", "am", "na", "ni", "fi", "hi", "ma", "da", "os", "yn", "y" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static AnswerLanguage Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int welsh = 0, english = 0, welshMarkers = 0;
        foreach (var raw in WelshGlossary.Fold(text).ToLowerInvariant().Split([' ', '\t', '\n', ',', '.', '?', '!', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in raw.Split(['\'', '\u2019', '\u2018', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                var isWelsh = WelshWords.Contains(word);
                var isEnglish = EnglishWords.Contains(word);
                if (Shared.Contains(word) || (isWelsh && isEnglish))
                {
                    // "yn y", "mae'n": shared letters only count when they sit in a Welsh pattern, which the other words show.
                    if (word is "yn" or "y")
                    {
                        welshMarkers++;
                    }

                    continue;
                }

                welsh += isWelsh ? 1 : 0;
                english += isEnglish ? 1 : 0;
            }
        }

        return welsh >= 2 && welsh > english ? AnswerLanguage.Welsh
            : welsh >= 1 && english == 0 && welshMarkers >= 1 ? AnswerLanguage.Welsh
            : AnswerLanguage.English;
    }
}
