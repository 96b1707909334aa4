namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Does a message ask, in the person's own words, how to acknowledge the policy or where their card went? English and
/// Welsh ("how do I sign the policy", "where's my policy card", "sut ydw i'n cadarnhau'r polisi", "llofnodi"). Read from
/// the normalised text (lower case, letters and digits, single spaces), so "cadarnhau'r" arrives as "cadarnhau r".
/// A question about posting (a platform, a photo, a petition) is never taken for one: that is the answers' to give.
/// </summary>
public static class CardRequest
{
    // Words that say "confirm / sign / acknowledge", Welsh mutations included (cadarnhau, gadarnhau; llofnodi, lofnodi).
    private static readonly string[] ActStems = ["acknowledg", "confirm", "cadarnha", "gadarnha", "cydnabod", "gydnabod", "arwyddo"];
    private static readonly HashSet<string> ActWords = new(StringComparer.Ordinal) { "sign", "signed", "signing", "signature", "ack" };

    // "llofnodi" is unambiguous: in this bot it only ever means signing the policy.
    private static readonly string[] AlwaysStems = ["llofnod", "lofnod"];

    private static readonly string[] ObjectStems = ["polic", "polisi", "bolisi", "card", "cerdyn", "gerdyn", "round"];
    private static readonly HashSet<string> ObjectWords = new(StringComparer.Ordinal) { "it", "hi", "fe", "e" };
    private static readonly string[] CardStems = ["card", "cerdyn", "gerdyn", "ngherdyn"];
    private static readonly HashSet<string> FindingWords = new(StringComparer.Ordinal)
    {
        "my", "fy", "find", "lost", "where", "again", "back", "ble", "eto", "missing", "gone",
    };

    // A question about something to post is the answer engine's, even when it says "sign" or "confirm".
    private static readonly string[] PostingStems =
    [
        "facebook", "instagram", "tiktok", "twitter", "tweet", "whatsapp", "snapchat", "linkedin", "youtube", "post", "share",
        "petition", "photo", "picture", "llun", "comment", "sylw", "rhannu", "postio", "pupil", "disgybl", "parent", "rhiant",
    ];

    private const int ShortQuestionWords = 5;

    private static readonly string[] WelshStems = ["cadarnha", "gadarnha", "llofnod", "lofnod", "polisi", "bolisi", "cerdyn", "gerdyn", "ngherdyn", "cydnabod", "sut", "ble", "ydw"];

    /// <summary>Enough Welsh in the question to answer in Welsh too.</summary>
    public static bool LooksWelsh(string normalised) =>
        !string.IsNullOrEmpty(normalised) && normalised.Split(' ').Any(w => WelshStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));

    public static bool Matches(string normalised)
    {
        if (string.IsNullOrEmpty(normalised))
        {
            return false;
        }

        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => PostingStems.Any(s => w.StartsWith(s, StringComparison.Ordinal))))
        {
            return false;
        }

        if (words.Any(w => AlwaysStems.Any(s => w.StartsWith(s, StringComparison.Ordinal))))
        {
            return true;
        }

        var act = words.Any(w => ActWords.Contains(w) || ActStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));
        var about = words.Any(w => ObjectWords.Contains(w) || ObjectStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));
        if (act && (about || words.Length <= ShortQuestionWords))
        {
            return true;
        }

        // "where's my policy card", "I can't find the card", "dw i wedi colli fy ngherdyn".
        var card = words.Any(w => CardStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));
        return card && words.Any(w => FindingWords.Contains(w) || w.StartsWith("polic", StringComparison.Ordinal) || w.StartsWith("polisi", StringComparison.Ordinal) || w == "colli");
    }
}
