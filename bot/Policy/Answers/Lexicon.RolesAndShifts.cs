namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Staff roles whose names carry a word that reads otherwise alone: "support staff" are staff, not praise ("support"),
    /// so a post about them is weighed on what it says. And the working day of staff who are not teachers: serving and
    /// clearing lunch is their shift, not their lunch break ("quiet after lunch service" is still at work). And news awaited by
    /// phone is a call, not reading the news: "they're ringing with news" of a mum in hospital is the family matter itself.
    /// </summary>
    private static void AddRolesAndShifts(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        AddKeepingWordCues(addToMap, known, Cue.Staff, ["support staff", "learning support", "support assistant", "support assistants",
            "support worker", "support workers", "support officer", "teaching support", "the support staff", "us support staff"], [Cue.Positive]);
        AddKeepingWordCues(addToMap, known, Cue.Duty, ["lunch service", "lunch servise", "dinner service", "after lunch service",
            "after dinner service", "serving lunch", "serving lunches", "serving dinners", "serving the dinners", "serving the lunches",
            "clearing up after lunch", "washing up after lunch", "in the kitchen when its quiet", "when its quiet in the kitchen"], [Cue.Break]);
        AddKeepingWordCues(addToMap, known, Cue.PersonalContact, ["ringing with news", "ring with news", "ring me with news", "call with news",
            "call me with news", "calling with news", "phone with news", "phoning with news", "text me with news", "texting with news",
            "waiting for news", "waiting on news", "with any news", "news from the hospital", "any news from the hospital"],
            [Cue.PersonalActivity, Cue.NewsOrOpinion]);
    }
}
