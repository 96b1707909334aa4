namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words a follow-on uses to change one fact of the case (the news is already public, the phone is on its own data rather
    /// than the school's Wi-Fi, only one's own child is left in the picture). They are general words, read in any question,
    /// not only in conversations.
    /// </summary>
    private static void AddFollowOns(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // The school's own newsletter or page has already told everyone.
        add(Cue.AlreadyPublic, ["in the newsletter", "was in the newsletter", "in the school newsletter", "its public", "it is public",
            "so its public", "thats public", "its all public", "on the schools facebook already", "the school posted it",
            "the school already posted", "the school has posted", "already on the schools page"], Cue.Official);

        // Who is left in the picture after a crop or a second look: only the person just named.
        // ("Just" is dropped as filler before a question is read, so "only", "on his own" and the crop say it.)
        add(Cue.OnlyThem, ["only him", "only her", "on his own", "on her own", "by himself", "by herself", "only my son",
            "only my daughter", "only my child", "only my kids", "crop it so", "crop the others out", "crop everyone else out",
            "cut the others out", "nobody else in it", "no one else in it"]);

        // Asking the other children's parents is how their permission would be got ("I haven't asked their parents").
        add(Cue.Permission, ["asked their parents", "asked their mums", "asked the other parents", "asked their families"]);

        // A text is sent from a phone: texting in a lesson is using one's own device then, whoever it is to.
        add(Cue.Phone, ["text during", "texting during", "text in class", "text in lessons", "text in a lesson", "text during a lesson",
            "send a text during", "send a text in", "sending a text during", "reply to a text during", "answer a text during",
            "a quick text during", "a quick text in", "read my texts during", "check my texts during", "check my texts in"]);

        // "Before the head announces it": whatever "everyone knows", it has not been made public.
        add(Cue.Confidential, ["before the head announces", "before the head has announced", "before its announced", "before it is announced",
            "before its been announced", "before they announce", "before the school announces", "before its official", "before it goes out",
            "before the head tells", "before the head has told"]);

        // "The trip to Techniquest": the trip, said by staff, is the school's, with its pupils.
        add(Cue.Trip, ["the trip to", "photo of the trip", "photos of the trip", "pics of the trip", "pictures of the trip",
            "pictures from the trip", "photos from the trip", "pics from the trip"], Cue.PersonalLife);

        // A press piece "slamming" the school is criticism of it, shared or not.
        add(Cue.Complaint, ["slamming", "slammed", "slams", "slating", "slated", "slagging", "ripping into", "rips into", "laying into",
            "a piece attacking", "an article attacking", "criticising the school", "criticizing the school"]);

        // A "case" of bullying is still bullying.
        add(Cue.Incident, ["bullying case", "the bullying case", "a bullying case", "bullying incident", "the bullying incident",
            "safeguarding case", "a safeguarding case"]);

        // Pupils' names and photos on a display or a peg identify them with no child in the room.
        add(Cue.NamesShown, ["kids name", "childs name", "pupils name", "name on their peg", "names on their pegs", "name on the peg",
            "names on the pegs", "photos and names", "names and photos", "pictures and names", "kids photos", "childrens photos",
            "pupils photos", "their photos on", "photos of the kids on"]);

        // A child in the shower or getting changed is never a picture to post, one's own or anyone's.
        add(Cue.Embarrassing, ["in the shower", "the showers", "school shower", "getting changed", "changing room", "changing rooms",
            "in the bath", "bath time", "in his pants", "in her pants", "in their pants", "underwear", "nappy"]);

        // "About time" added to news of the school closing is a dig.
        add(Cue.Complaint, ["about time", "good riddance", "not before time", "finally going", "finally gone"]);

        // A phone on its own mobile data is one's own device, off the school's network.
        add(Cue.Phone, ["my own data", "own data", "mobile data", "my data", "my 4g", "my 5g", "on 4g", "on 5g", "my hotspot",
            "my own hotspot"], Cue.Confidential, Cue.SchoolSystem);
        add(Cue.OwnOwned, ["turn the wifi off", "turn off the wifi", "wifi off", "off the wifi", "off the school wifi",
            "not on the wifi", "not on the school wifi", "not using the wifi", "not using the school wifi", "without the wifi",
            "without the school wifi", "disconnect from the wifi"], Cue.SchoolSystem);
    }

    /// <summary>
    /// Adds phrases for a cue. The longest phrase wins when a question is read, so a new phrase would hide what its own words
    /// say; it therefore keeps the cues its words had, except those it is written to replace.
    /// </summary>
    private static void AddKeepingWordCues(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known, Cue cue, string[] phrases, Cue[] replaces)
    {
        foreach (var phrase in phrases)
        {
            if (known(phrase) is null && phrase.Contains(' ', StringComparison.Ordinal))
            {
                foreach (var kept in WordCues(phrase, known).Where(c => !replaces.Contains(c)))
                {
                    addToMap(kept, [phrase]);
                }
            }

            addToMap(cue, [phrase]);
        }
    }
}
