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
        // North and South forms.
        "ca", "caf", "odi", "odw", "rwy", "rwyf", "wyt", "chdi", "fo", "sa", "sai", "smo", "rwan", "ŵan", "isie", "hogyn", "hogan", "adra",
        "efo'r", "gynnon", "gen", "nacdw", "naddo", "ydych", "ydyn", "hwnna", "hynna", "hwn", "hon", "sbio", "ella", "falle",
        // Apostrophes left out: dwin (dw i'n), gai (ga i), efor (efo'r), gydar (gyda'r), syn (sy'n).
        "dwin", "rwyn", "gai", "efor", "gydar", "syn", "ydyr", "ywr",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishWords = new[]
    {
        "the", "can", "could", "is", "it", "to", "of", "my", "on", "in", "and", "for", "with", "what", "do", "does", "i", "a", "an", "at",
        "be", "are", "am", "was", "if", "or", "but", "that", "this", "they", "she", "he", "we", "you", "about", "should", "would", "will",
        "have", "has", "not", "no", "from", "our", "your", "their", "me", "her", "him", "them", "ok", "okay", "allowed", "post", "who",
        "how", "when", "where", "why", "there", "just", "any", "some", "one", "all", "so", "still", "now", "today", "after", "before",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words both languages share ("i", "a", "e", "o", "am", "fel"…) count for neither.
    // "Gen AI": both are English words too.
    private static readonly FrozenSet<string> Shared = new[] { "i", "a", "e", "o", "am", "na", "ni", "fi", "hi", "ma", "da", "os", "yn", "y", "gen", "ai" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static AnswerLanguage Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int welsh = 0, english = 0, welshMarkers = 0, smallWelsh = 0;
        foreach (var raw in WelshGlossary.Fold(text).ToLowerInvariant().Split([' ', '\t', '\n', ',', '.', '?', '!', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in raw.Split(['\'', '\u2019', '\u2018', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                // The small words first; then any word the glossary reads as Welsh and English does not know.
                var isWelsh = WelshWords.Contains(word) || (!EnglishWords.Contains(word) && WelshGlossary.IsWelshWord(word));
                var isEnglish = EnglishWords.Contains(word);
                if (Shared.Contains(word) || (isWelsh && isEnglish))
                {
                    // "yn y", "mae'n": shared letters only count when they sit in a Welsh pattern, which the other words show.
                    if (word is "yn" or "y" or "n" or "r")
                    {
                        welshMarkers++;
                    }

                    continue;
                }

                welsh += isWelsh ? 1 : 0;
                smallWelsh += WelshWords.Contains(word) ? 1 : 0;
                english += isEnglish ? 1 : 0;
            }
        }

        return welsh >= 2 && welsh > english ? AnswerLanguage.Welsh
            : welsh >= 1 && english == 0 && welshMarkers >= 1 ? AnswerLanguage.Welsh
            // "beth am Twitter?", "ca i?": one of Welsh's own small words and nothing English. A single Welsh noun
            // alone ("Eisteddfod photos?") is not enough.
            : smallWelsh >= 1 && english == 0 ? AnswerLanguage.Welsh
            : AnswerLanguage.English;
    }
}
