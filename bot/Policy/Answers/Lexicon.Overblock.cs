using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// The mild words a joke may say of a thing ("how awful the staffroom coffee is") and still be about the thing
    /// (<see cref="ThingJokeReading"/>). A stronger word (a swear word, "disgusting", "a disgrace") is read as it always is.
    /// </summary>
    public static FrozenSet<string> MildThingJudgements { get; } = new[]
    {
        "awful", "terrible", "dreadful", "rubbish", "horrible", "grim", "bad", "worst", "the worst", "weak", "stale",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The asker's own mock inquiry ("I'm launching a full investigation" into the missing biscuits): a joke only beside a thing
    /// (<see cref="ThingJokeReading"/>); someone else's investigation, or one into anything but a thing, is still confidential.
    /// </summary>
    public static FrozenSet<string> MockInquiries { get; } = MockInquiryPhrases().ToFrozenSet(StringComparer.Ordinal);

    // A method, not a field: the word lists are built while the lexicon's own fields are still being set.
    private static string[] MockInquiryPhrases()
    {
        string[] inquiries = ["launching a full investigation", "launching an investigation", "launching an inquiry", "launching a full inquiry",
            "opening an investigation", "opening a full investigation"];
        return [.. inquiries.SelectMany(m => new[] { "i am " + m, "i will be " + m, "we are " + m })];
    }

    /// <summary>The only people a joke about a thing may name: whom the place belongs to, in general ("the staffroom coffee").</summary>
    public static FrozenSet<string> CollectiveOwners { get; } = new[]
    {
        "staffroom", "staff room", "the staffroom", "the staff room",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that read as a breach but name something else: equipment that is not IT (the playground's, the PE store's), the
    /// journey to work however it is travelled. Kept apart so the device and time rules fire on what they are about. As in
    /// <see cref="AddDevicesAndTime"/>, a phrase keeps the cues its words had except those it is written to replace.
    /// </summary>
    private static void AddOverblock(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "The new playground equipment", "the PE kit": things to play or cook with are not the school's IT system (item 1 is
        // about computers, tablets and the network). What the picture of them shows is still read from the rest.
        string[] notIt = ["playground", "play", "pe", "sports", "sport", "gym", "outdoor", "climbing", "garden", "gardening", "kitchen",
            "cleaning", "science", "maths", "art", "music", "musical", "forest school", "baking", "cooking", "football", "trim trail"];
        add(Cue.ObjectOrFood, [.. notIt.SelectMany(w => new[] { w + " equipment", w + " kit" })], Cue.Device, Cue.SchoolSystem);

        // Things in the staffroom a joke or a moan is about, which nobody at the school is.
        add(Cue.ObjectOrFood, ["biscuits", "biscuit", "the biscuits", "the milk", "kettle", "the kettle", "microwave", "the microwave", "fridge",
            "the fridge", "toaster", "photocopier", "the photocopier", "laminator", "the laminator", "doughnuts", "chocolates", "cuppa"]);

        // "I'm launching a full investigation" into the missing biscuits: read whole, so that a joke about a thing can tell the
        // asker's own mock inquiry from a real one (MockInquiries). It stays confidential to every other reading.
        add(Cue.Confidential, MockInquiryPhrases());

        // "A second-language speaker", "a Welsh speaker": a person who speaks, not the hall's speaker.
        add(Cue.PersonalLife, ["language speaker", "second language speaker", "first language speaker", "secondlanguage speaker",
            "firstlanguage speaker", "welsh speaker", "welsh speakers",
            "english speaker", "native speaker", "fluent speaker", "welsh learner"], Cue.Device);

        // "Worn out after a week of reports": the asker's workload, not what the reports say (a pupil's report is still confidential).
        add(Cue.WorkTask, ["week of reports", "weekend of reports", "a week of reports", "report writing", "report writing season",
            "reports season", "report season", "all these reports", "reports to write", "drowning in reports", "buried in reports"],
            Cue.Confidential, Cue.Sensitive);

        // "Everyone should send their kids here": choosing the school, not messaging anyone.
        add(Cue.Positive, ["send their kids here", "send their children here", "send your kids here", "send your children here",
            "send their kids to", "send their children to", "send your kids to", "send your children to"], Cue.MessageVerb);

        // Training is work the asker does, not a safeguarding case; its certificate is their own news.
        add(Cue.WorkTask, ["safeguarding course", "safeguarding training", "first aid course", "first aid training"], Cue.Confidential, Cue.Sensitive);
        // A course taken online is training, not a social networking site.
        add(Cue.WorkTask, ["online training", "online course", "online safeguarding training", "online safeguarding course",
            "online first aid course", "online first aid training"], Cue.OnlineGeneric, Cue.Confidential, Cue.Sensitive);
        add(Cue.PersonalLife, ["safeguarding certificate", "safeguarding qualification", "first aid certificate", "my certificate",
            "my qualification"], Cue.Confidential, Cue.Sensitive);

        // Free school meals for everyone is the council's public policy, not which children are eligible.
        add(Cue.AlreadyPublic, ["free school meals for all", "universal free school meals", "free school meals for every",
            "free school meals for everyone"], Cue.Confidential, Cue.Sensitive, Cue.PrivateMatter);

        // Data with nothing identifying left in it.
        add(Cue.Unidentifiable, ["anonymised data", "anonymized data", "anonymous data", "anonymised results", "anonymized results",
            "anonymised figures", "anonymized figures"], Cue.Confidential, Cue.Sensitive);

        // A relative's baby on its way is the urgent family matter item 2 excuses, as "gone into labour" is.
        add(Cue.Urgent, ["due to have her baby", "due to have the baby", "due to have a baby", "having her baby", "having the baby",
            "in labour", "in labor", "go into labour", "goes into labour", "went into labour", "baby is due", "baby any day"],
            Cue.PhotographVerb, Cue.Pupils, Cue.Confidential);

        // "If there's a family emergency": the asker's own family, not a pupil's.
        add(Cue.Urgent, ["family emergency", "a family emergency", "family emergencies", "family crisis", "a family crisis"], Cue.Parents);
        add(Cue.Family, ["family emergency", "a family emergency", "family emergencies", "family crisis", "a family crisis"], Cue.Parents);

        // "On the way to school on the bus": the bus or train one travels to work on is one's own time, not the trip's bus a
        // duty would be on.
        string[] journeys = ["on the way to school", "on the way to work", "on my way to work", "on my way to school", "on the way in",
            "on my way in", "on the way home", "on my way home"];
        string[] rides = ["on the bus", "on the train", "on the tube"];
        add(Cue.OwnTime, [.. journeys.SelectMany(j => rides.SelectMany(r => new[] { j + " " + r, r + " " + j })),
            .. rides.SelectMany(r => new[] { r + " home", r + " to school", r + " to work", r + " into work", r + " in the morning" })],
            Cue.Duty, Cue.Lessons, Cue.SchoolDay, Cue.School, Cue.SchoolOwned, Cue.Premises, Cue.SchoolPlace);
    }
}
