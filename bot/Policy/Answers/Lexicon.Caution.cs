namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Round 8, over-caution: the school as a place or a thing in the asker's own post, with nothing said about it. A run
    /// recorded by a fitness app publishes its route map, and a map that starts at the school gates shows where the asker works,
    /// not anything about the school. A staff hoodie or lanyard is a thing worn, not colleagues in the picture. A dating profile
    /// is a profile: a picture put in it is published. As in <see cref="AddDevicesAndTime"/>, a phrase keeps the cues its
    /// words had except those it is written to replace.
    /// </summary>
    private static void AddCaution(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // Fitness apps that publish each run or ride with its map (Strava's default is public).
        string[] routeApps = ["strava", "garmin connect", "mapmyrun", "map my run", "runkeeper", "nike run club", "komoot", "running app",
            "fitness app", "my running app", "my fitness app"];
        add(Cue.Platform, routeApps);
        add(Cue.RouteMap, routeApps);

        // Clothing and passes that carry the school's or the staff's name: the school linked, nobody pictured.
        add(Cue.SchoolLink, ["staff hoodie", "staff lanyard", "staff t shirt", "staff tshirt", "staff polo", "staff top", "staff fleece",
            "staff jumper", "staff id", "staff id badge", "staff pass", "id badge", "work lanyard", "work badge", "work hoodie",
            "school fleece", "school polo", "school badge"], Cue.Staff, Cue.SchoolOwned);

        // An inspection is the school's event, not a secret: its draft report, grade or findings before publication are confidential
        // (those words say so), and what is said about it is weighed for tone. The word alone is only enough to stop a "yes".
        add(Cue.Sensitive, ["inspection"]);
        // "Our inspection", "our Estyn": the school's own inspection, so what is said of it is said of the school.
        add(Cue.School, ["our inspection", "our estyn inspection", "our ofsted inspection", "our estyn", "our ofsted", "our inspectors"]);
        add(Cue.Confidential, ["draft report", "the draft report", "draft inspection report", "the draft inspection report", "draft estyn report",
            "inspection findings", "inspection outcome", "inspection grade", "inspection grades", "inspection judgement",
            "inspection judgements", "inspection result", "inspection results", "inspection feedback", "the inspection feedback",
            "feedback from the inspection", "feedback from estyn", "feedback from the inspectors",
            "our inspection grade", "our inspection grades", "our inspection results", "our inspection result", "our inspection findings",
            "our inspection feedback", "our inspection outcome", "our draft inspection report"]);
        // "The report won't be published for weeks": not public yet, as "not published yet" already reads.
        add(Cue.Confidential, ["wont be published", "will not be published", "isnt published yet", "hasnt been published", "has not been published",
            "not been published yet"]);

        // "Put my Instagram on public", "set my account to public": a privacy setting, as "set to private" is.
        string[] ownAccounts = ["account", "profile", "instagram", "insta", "facebook", "tiktok", "twitter", "page", "it"];
        add(Cue.Privacy, [.. ownAccounts.SelectMany(a => new[] { a + " on public", a + " to public", a + " on private" }), "set to public"]);

        // "WhatsApp my husband", "Snapchat my sister": a messaging app said as a verb, to one's own family, is a message to them (not
        // a post), which item 2's urgent family matter exception is about when the matter is urgent.
        string[] appVerbs = ["whatsapp", "snapchat", "facetime", "messenger", "imessage"];
        string[] ownFamily = ["my husband", "my wife", "my partner", "my sister", "my brother", "my mum", "my dad", "my mam", "my son",
            "my daughter", "my family", "my other half", "my nan", "my gran", "my parents", "my kids"];
        add(Cue.MessageVerb, [.. appVerbs.SelectMany(v => ownFamily.Select(f => v + " " + f)), "message the family whatsapp",
            "the family whatsapp", "family whatsapp", "the family group chat", "family group chat"]);
        add(Cue.Family, ["the family whatsapp", "family whatsapp", "message the family whatsapp", "the family group chat", "family group chat"]);
        // A&E written out as the normaliser leaves it ("a e"): someone taken there is an emergency.
        add(Cue.Urgent, ["rushed to a e", "taken to a e", "been taken to a e", "in a e", "at a e", "taken to hospital", "been taken to hospital",
            "rushed in", "blue lighted to hospital"], Cue.Pupils, Cue.PhotographVerb);

        // Dating apps and profiles are social networking profiles: a picture in one is posted there.
        add(Cue.Platform, ["tinder", "hinge", "bumble", "dating app", "dating apps", "dating profile", "dating site", "my dating profile"]);
    }
}
