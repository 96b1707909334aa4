namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words that ask what would follow a post, kept apart so the work on consequences can grow on its own: "what's the worst
    /// case", "if a member gets hauled in over a post", "can school do anything about it". They ask about the disciplinary
    /// part of the policy, not leave to post (as in <see cref="AddDevicesAndTime"/>, a phrase keeps its words' cues).
    /// </summary>
    private static void AddAftermath(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        add(Cue.Consequence, ["worst case", "worst case scenario", "the worst that could happen", "the worst that can happen",
            "worst that could happen", "worst that can happen", "hauled in", "hauled up", "called in over", "pulled in over",
            "do anything about it", "do anything about that", "action against me", "school do anything", "school still do anything",
            "they do anything", "they still do anything", "do anything to me",
            "get the boot", "lose their job", "lose his job", "lose her job", "what can happen to me", "what could happen to me",
            "what will happen to me", "what would happen to me", "what happens to me", "what happens to me now", "what happens now",
            "what can they do to me", "what could they do to me", "what will they do to me"]);
        // "Is that breaking the rules?": asks whether one's own act is a breach, which the verdict on the act answers.
        add(Cue.IsItABreach, ["breaking the rules", "break the rules", "broken the rules", "breaking any rules", "break any rules",
            "broken any rules", "breaking the social media policy", "against the social media policy", "is that breaking",
            "am i breaking", "would that break", "does that break", "would that be breaking"]);
        // "A parent took a screenshot of something I posted": a copy of one's own post in someone else's hands is the evidence the
        // policy speaks of, not a picture the asker would post.
        add(Cue.Evidence, ["screenshot of something i posted", "screenshot of something i put", "screenshot of something i wrote",
            "screenshot of my post", "screenshot of my story", "screenshot of my comment", "screenshot of my tweet", "screenshot of my status",
            "screenshot of what i posted", "screenshot of what i put", "screenshot of what i wrote", "screenshot of my message"]);
    }
}
