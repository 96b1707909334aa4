namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words that run down the workplace itself: "this place is falling apart", "held together with sticky tape". Said of the
    /// school they are a public complaint about it (item 4, disrepute), however light the joke around them. Kept apart so the
    /// list can grow on its own (as in <see cref="AddDevicesAndTime"/>, a phrase keeps its words' cues).
    /// </summary>
    private static void AddWorkplace(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        add(Cue.CriticalHint, ["falling apart", "falls apart", "fall apart", "falling to bits", "falling to pieces", "falling down",
            "crumbling", "a dump", "a tip", "a disgrace", "disgraceful", "run down", "rundown", "not fit for purpose", "state of this place",
            "state of the place", "state of it", "going to the dogs", "held together with", "sticky tape", "sellotape", "third world",
            "health and safety nightmare", "death trap", "deathtrap", "leaking again", "broken again", "nothing works"]);
        // "The new playground markings": lines painted on the ground are a thing to photograph, not marking books.
        add(Cue.ObjectOrFood, ["markings", "playground markings", "the playground markings", "road markings", "line markings",
            "new markings"], Cue.WorkTask);
        // "This place", "this dump", "at work": the workplace named without its name.
        add(Cue.School, ["this place", "the place", "our place", "this dump"]);
    }
}
