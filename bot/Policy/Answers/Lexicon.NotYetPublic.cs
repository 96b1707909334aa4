namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// News the school has not yet published is still confidential to it (item 3): "the report isn't published till next
    /// month but they gave us the verbal feedback". Written as the negation of publishing, so "the report has been published"
    /// keeps its reading as public.
    /// </summary>
    private static void AddNotYetPublic(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        AddKeepingWordCues(addToMap, known, Cue.InConfidence, ["isnt published", "is not published", "not published", "not been published",
            "hasnt been published", "has not been published", "isnt published yet", "not published yet", "before its published",
            "before it is published", "before the report comes out", "before the report is out", "report isnt out", "isnt out yet",
            "not out yet", "verbal feedback", "the verbal feedback", "embargoed", "under embargo"], [Cue.AlreadyPublic]);
    }
}
