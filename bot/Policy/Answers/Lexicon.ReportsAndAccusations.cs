namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Someone else said to have broken the policy ("if I think someone's broken the policy, who do I talk to?"), which is a
    /// concern to raise; and accusations that call a person something ("our head is a bully who's driving staff out"), which
    /// are derogatory and could be defamatory whatever the platform. Kept apart so each list can grow on its own (as in
    /// <see cref="AddDevicesAndTime"/>, a phrase keeps its words' cues).
    /// </summary>
    private static void AddReportsAndAccusations(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "Someone's broken" loses its apostrophe before the lexicon sees it.
        add(Cue.Report, ["someone broken", "someone broke", "someone has broken", "somebody broken", "somebody broke", "somebody has broken",
            "someone breaking", "someone is breaking", "somebody breaking", "somebody is breaking", "someone breached", "someone has breached",
            "a colleague has broken", "a colleague broke", "a colleague is breaking"]);
        add(Cue.Derogatory, ["is a bully", "a bully who", "are bullies", "bullying staff", "bullies staff", "driving staff out", "driving people out",
            "driving teachers out", "is a liar", "is a thief", "is corrupt", "is a fraud", "is a disgrace", "should be sacked", "should be fired",
            "needs sacking", "needs to go", "coward", "cowards", "cowardly", "spineless", "gutless"]);
    }
}
