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
        add(Cue.Confidential, ["draft report", "the draft report", "draft inspection report", "the draft inspection report", "draft estyn report",
            "inspection findings", "inspection outcome", "inspection grade", "inspection grades", "inspection judgement",
            "inspection judgements", "inspection result", "inspection results", "inspection feedback", "the inspection feedback",
            "feedback from the inspection", "feedback from estyn", "feedback from the inspectors"]);
        // "The report won't be published for weeks": not public yet, as "not published yet" already reads.
        add(Cue.Confidential, ["wont be published", "will not be published", "isnt published yet", "hasnt been published", "has not been published",
            "not been published yet"]);

        // "Put my Instagram on public", "set my account to public": a privacy setting, as "set to private" is.
        string[] ownAccounts = ["account", "profile", "instagram", "insta", "facebook", "tiktok", "twitter", "page", "it"];
        add(Cue.Privacy, [.. ownAccounts.SelectMany(a => new[] { a + " on public", a + " to public", a + " on private" }), "set to public"]);

        // Dating apps and profiles are social networking profiles: a picture in one is posted there.
        add(Cue.Platform, ["tinder", "hinge", "bumble", "dating app", "dating apps", "dating profile", "dating site", "my dating profile"]);
    }
}
