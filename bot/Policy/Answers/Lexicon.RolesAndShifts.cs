namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Staff roles whose names carry a word that reads otherwise alone: "support staff" are staff, not praise ("support"),
    /// so a post about them is weighed on what it says. And the working day of staff who are not teachers: serving and
    /// clearing lunch is their shift, not their lunch break ("quiet after lunch service" is still at work).
    /// </summary>
    private static void AddRolesAndShifts(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        AddKeepingWordCues(addToMap, known, Cue.Staff, ["support staff", "learning support", "support assistant", "support assistants",
            "support worker", "support workers", "support officer", "teaching support", "the support staff", "us support staff"], [Cue.Positive]);
        AddKeepingWordCues(addToMap, known, Cue.Duty, ["lunch service", "lunch servise", "dinner service", "after lunch service",
            "after dinner service", "serving lunch", "serving lunches", "serving dinners", "serving the dinners", "serving the lunches",
            "clearing up after lunch", "washing up after lunch", "in the kitchen when its quiet", "when its quiet in the kitchen"], [Cue.Break]);
    }
}
