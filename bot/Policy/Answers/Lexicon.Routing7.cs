using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>Words in a request for whom to tell ("who do I tell", "should I be telling someone").</summary>
    internal static readonly FrozenSet<string> TellingWords = new[] { "tell", "telling", "report", "reporting", "inform", "flag" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// What a witness did ("I've noticed a colleague…", "I saw a parent…", "I see her posting…"): the person after the verb is the
    /// one who acted, not the asker.
    /// </summary>
    internal static readonly FrozenSet<string> WitnessVerbs = new[]
    {
        "noticed", "seen", "saw", "see", "spotted", "spot", "heard", "discovered", "realised", "realized", "found",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How a clause opens when it describes someone other than the asker ("a new starter…", "one of the cleaners…").</summary>
    internal static readonly FrozenSet<string> DescribingOpeners = new[] { "a", "an", "the", "one", "another", "some", "this", "that", "our" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The asker or the asker's own, which a description of someone else does not contain.</summary>
    internal static readonly FrozenSet<string> AskerWords = new[] { "i", "im", "ive", "id", "me", "my", "mine", "we", "us", "myself" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whom "tell" reaches when it is an answer to people asking, not a report: "can I tell them / everyone?".</summary>
    internal static readonly FrozenSet<string> AudienceWords = new[] { "them", "everyone", "everybody", "people", "folks", "friends" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Someone taking up a post ("reports", "screenshotted", "sends it"): of the asker's own post, evidence against them.</summary>
    internal static readonly FrozenSet<string> TakeUpVerbs = new[]
    {
        "report", "reports", "reported", "reporting", "screenshot", "screenshots", "screenshotted", "screenshotting", "screengrabbed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What the asker put out: "one of my posts", "a post of mine".</summary>
    internal static readonly FrozenSet<string> OwnPostWords = new[]
    {
        "post", "posts", "tweet", "tweets", "comment", "comments", "status", "story", "video", "photo", "pic", "picture", "rant",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Round 7 of routing among the answers that are never a permit: how staff ask for the way to raise someone else's conduct
    /// (report a concern) as against asking about an act of their own.
    /// </summary>
    /// <remarks>As in <see cref="AddDevicesAndTime"/>, a new phrase keeps the cues its words had, except those it replaces.</remarks>
    private static void AddRouting7(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "A parent has put a video of one of our TAs on Facebook. What do we do?": staff often ask for the team, not themselves.
        add(Cue.HelpSeeking, ["what do we do", "what should we do", "what can we do", "what can we do about", "what do we do about",
            "who do we tell", "who should we tell", "who do we report", "who should we report", "who do we go to", "who do we speak to",
            "should we tell", "do we tell", "should we report", "do we report", "should we say something"]);

        // "Is that something I should be telling someone?", "should I tell someone?": the question is whom to tell.
        add(Cue.HelpSeeking, ["should be telling", "should i be telling", "be telling someone", "should be telling someone",
            "should i be reporting", "should be reporting", "should i tell someone", "do i tell someone", "should i let someone know",
            "should i tell anyone", "do i need to tell someone", "should i tell somebody"]);

        // "Does the school check what we post on our own Facebook? Are they watching us?": monitoring asked of staff together.
        add(Cue.Monitoring, ["check what we", "check what we post", "checking what we", "see what we post", "see what we put",
            "watching what we", "watching us", "watching our", "are they watching", "is the school watching", "keep tabs on", "keeping tabs on"]);

        // "If only 40 friends can see it, is it still 'posting'?", "does it still count as posting?": whether the policy reaches it.
        add(Cue.ScopeQuestion, ["still posting", "still count as", "still counts as", "still classed as", "still a post",
            "count as posting", "counts as posting", "classed as posting", "still social media", "count as social media",
            "counts as social media"]);

        // "Email parents from my personal gmail address": an email address is how a message is sent, not someone's home address.
        add(Cue.MessageVerb, ["email address", "e mail address", "gmail address", "hotmail address", "outlook address", "yahoo address",
            "email addresses", "gmail account address"], Cue.Confidential, Cue.Sensitive);
        add(Cue.OwnOwned, ["personal address", "my personal address", "own address", "my own address", "address personal",
            "personal email address", "personal gmail address"], Cue.Confidential, Cue.Sensitive);

        // "Not sure what to do", "don't know who to tell": a hedge that asks what to do about what was just told.
        add(Cue.HelpSeeking, ["not sure what to do", "dont know what to do", "unsure what to do", "not sure who to tell",
            "dont know who to tell", "not sure who to speak to", "dont know who to speak to", "no idea what to do", "no idea who to tell"]);
    }
}
