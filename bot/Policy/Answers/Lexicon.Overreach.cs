namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words that look like a breach but say something else: the asker asking whether something is all right, apologising for
    /// their own Welsh, or telling their own news. Kept apart so a blocking rule fires on its condition, not on a word. As in
    /// <see cref="AddDevicesAndTime"/>, a phrase keeps the cues its words had except those it is written to replace.
    /// </summary>
    private static void AddOverreach(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "Anything wrong with accepting?", "or is that weird now I'm staff?": the asker asks whether it is all right, which is
        // the question itself, not a criticism of anyone. What they would post or say is read from the rest.
        add(Cue.Question, ["anything wrong with", "is there anything wrong with", "is anything wrong with", "whats wrong with accepting",
            "is it wrong to", "is it wrong if", "would it be wrong to", "would it be wrong if", "is that wrong", "is this wrong",
            "would that be wrong", "is that weird", "is this weird", "is it weird", "is it weird if", "is it weird to", "would it be weird",
            "would that be weird", "or is that weird", "is that too weird", "is that a bit weird", "is it a bit weird", "would it be a bit weird",
            "is that odd", "is it odd", "would it be odd", "is that strange", "is it strange"],
            Cue.Complaint, Cue.Derogatory, Cue.CriticalHint);

        // An apology for one's own Welsh ("sori am y Cymraeg gwael", glossed "sorry about the welsh rubbish"): the asker's
        // language, not anyone at the school.
        string[] ownWelsh = ["the welsh rubbish", "my welsh rubbish", "my rubbish welsh", "the rubbish welsh", "my bad welsh", "the bad welsh",
            "my poor welsh", "the poor welsh", "my terrible welsh", "the terrible welsh", "my awful welsh", "the awful welsh"];
        add(Cue.Question, [.. ownWelsh.SelectMany(w => new[] { "sorry about " + w, "sorry for " + w, "excuse " + w, "apologies for " + w })],
            Cue.Complaint, Cue.Derogatory, Cue.CriticalHint);

        // "A mum from my class", "a parent in my class": the parent of a pupil, not a pupil. Whom a contact is with is the
        // parent; their child still counts where the child is named ("her son", "the kids").
        string[] parentWords = ["mum", "dad", "parent", "mam", "mother", "father", "mums", "dads", "parents"];
        string[] ofMyClass = ["from my class", "in my class", "from the class", "in the class", "from our class", "in our class",
            "of a child in my class", "of a pupil in my class", "of one of my class"];
        add(Cue.Parents, [.. parentWords.SelectMany(p => ofMyClass.SelectMany(c => new[] { p + " " + c, "a " + p + " " + c, "one of the " + p + " " + c }))],
            Cue.Pupils);

        // "I have not told the head yet", written out or glossed from Welsh ("heb ddweud"): the same as "haven't told".
        add(Cue.Confidential, ["have not told", "has not told", "have not yet told", "havent yet told", "hasnt yet told", "have not tell",
            "has not tell"]);

        // "Got a new job": the asker's own news, not the "got a" of a picture.
        add(Cue.PersonalLife, ["got a new job", "got a job", "got a new role", "got a promotion", "got a new post", "got a headship",
            "got a deputy headship", "got a place on", "got a place at", "got a teaching job", "got a permanent job", "got a permanent contract"],
            Cue.PhotographVerb);
    }
}
