namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words that say what kind of answer a question wants: what the policy says or whom it covers (information), help from
    /// IT support (not this policy). Kept apart from the words about posts, people and devices.
    /// </summary>
    /// <remarks>
    /// As in <see cref="AddDevicesAndTime"/>, a new phrase keeps the cues its words had (the longest phrase wins when a
    /// question is read), except those it is written to replace.
    /// </remarks>
    private static void AddRouting(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "Whats the rules on drinking pics", "what does 'disrepute' actually mean in practice": what the policy says.
        add(Cue.WhatPolicySays, ["whats the rules", "whats the rules on", "what are the rules on", "what the rules are", "wat counts as",
            "wat does the policy", "actually mean", "mean in practice", "what does that mean", "what does this mean"]);

        // Whom and when the policy covers, said of "this" or "any of this" rather than of "the policy".
        add(Cue.ScopeQuestion, ["any of this apply", "any of this policy apply", "all this still apply", "all of this apply",
            "apply to us", "applies to us", "doesnt apply to us", "doesnt apply to me", "cover us", "covers us", "cover me", "covers me",
            "is this policy for", "is the policy for", "this policy for", "is this for us", "is this just for", "is it just for teachers",
            "do i need to worry about", "need to worry about old", "do i need to watch what", "have to watch what i",
            "do i need to delete", "do i have to delete", "would that count", "would it count", "would this count",
            "still do anything about it", "can they still do anything", "can school still do anything", "can the school still do anything"]);

        // "Who do I talk to if I've got a question about the policy?": the policy itself is the topic.
        // ("Question" itself is read as filler, so the words after it carry the topic.)
        add(Cue.WhatPolicySays, ["about the policy", "about the social media policy", "about this policy"]);

        // "Should my Facebook be on private?": a privacy setting, not using Facebook.
        add(Cue.Privacy, ["be on private", "be set to private", "be on public", "on private then"], Cue.UseVerb, Cue.OwnOwned);
        // "Do I need to make my Insta private?": the same question of settings.
        add(Cue.Privacy, ["make my insta private", "make my instagram private", "make my facebook private", "make my fb private",
            "make my account private", "make my accounts private", "make my profile private", "make my tiktok private",
            "set my account to private", "set my profile to private", "go private"], Cue.UseVerb, Cue.OwnOwned);

        // "Check Facebook between songs": looking at one's own social media is personal use, beside any teaching reason (a
        // question shaped "can I…" now reaches the rules, so this must not read as the teaching it sits next to). WhatsApp is
        // left out: it is how family reach staff in an emergency.
        string[] sites = ["facebook", "instagram", "insta", "twitter", "tiktok", "snapchat", "x", "threads", "reddit"];
        add(Cue.PersonalActivity, [.. sites.SelectMany(s => (string[])["check " + s, "check my " + s, "go on " + s, "go on my " + s, "look at " + s])]);

        // Help from the school's IT support: a login, the wifi code, someone to come and fix the wifi.
        add(Cue.AccountHelp, ["my own login", "a login", "supply login", "a supply login", "wifi code", "the wifi code", "wifi key",
            "someone from it", "it support", "it technician", "the it technician", "the technician", "it helpdesk", "the helpdesk",
            "come and look at it", "come and fix it", "look at the wifi", "fix the wifi"]);
    }
}
