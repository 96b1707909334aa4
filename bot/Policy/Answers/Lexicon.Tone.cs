namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words for item 4 read by <see cref="ToneReading"/>: people named the way staff name one another, kept apart so the
    /// tone work can grow without touching the shared lists.
    /// </summary>
    private static void AddTone(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "One of the lunch ladies": a colleague, not a lunch break.
        add(Cue.Staff, ["lunch lady", "lunch ladies", "the lunch ladies", "the lunch lady"], Cue.Break, Cue.SchoolDay, Cue.OwnTime);
        // "A cover supervisor": a colleague, not time spent covering a class.
        add(Cue.Staff, ["cover supervisor", "cover supervisors", "a cover supervisor", "the cover supervisor"], Cue.Lessons, Cue.Duty);
    }
}
