namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Questions about how the policy's words are judged: "could be considered inappropriate — who decides that?" asks what
    /// the policy says and means, not whom to ask before posting something ("who decides" alone keeps that reading).
    /// </summary>
    private static void AddPolicyQuestions(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        AddKeepingWordCues(addToMap, known, Cue.WhatPolicySays, ["who decides that", "who decides what is", "who decides whats",
            "who decides what counts", "who decides what counts as", "whos to say what", "who judges that", "who judges what",
            "who decides if its", "who decides whether its"], [Cue.WhoToAsk]);
    }
}
