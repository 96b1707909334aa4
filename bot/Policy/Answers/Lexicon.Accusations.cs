namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Accusations in everyday words, of theft and of idleness: "the council are robbing us blind", "the head just sits there
    /// and does nothing". Said of the school, its people or the council they are derogatory (item 4), as "useless" is.
    /// </summary>
    private static void AddAccusations(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        AddKeepingWordCues(addToMap, known, Cue.Derogatory, ["robbing", "robbing us", "robbing us blind", "rob us blind", "robbed us",
            "daylight robbery", "thieves", "bunch of thieves", "crooks", "bunch of crooks", "fleecing us", "ripping us off", "rip us off",
            "does nothing", "do nothing", "did nothing", "sits there and does nothing", "just sits there", "sit there and do nothing",
            "doesnt lift a finger", "dont lift a finger", "couldnt care less", "doesnt give a damn", "dont give a damn"], []);
    }
}
