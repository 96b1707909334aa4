namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words the independent review of round 6 found unread: drink and crude or flirty content (a picture or a message that
    /// could be considered inappropriate, items 4 and 6), name-calling painted or written about someone (item 4), a
    /// colleague's discipline (confidential, item 3), and pupils' photographs on a wall (pupils identifiable, item 7). As in
    /// <see cref="AddDevicesAndTime"/>, a phrase keeps its words' cues.
    /// </summary>
    private static void AddInappropriate(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        add(Cue.Embarrassing, ["wine bottles", "empty bottles", "empty wine bottles", "beer cans", "empty cans", "booze", "boozy",
            "shots", "doing shots", "pissed", "wasted", "hammered", "smashed", "flirty", "flirt", "flirting", "flirted", "chat up",
            "chatting up", "hit on", "hitting on", "sexy", "sexting", "nudes", "saucy", "raunchy", "lingerie", "underwear"]);
        add(Cue.CriticalHint, ["calling the head a name", "calling the head names", "calling him a name", "calling her a name",
            "calling him names", "calling her names", "calling them names", "graffiti", "rude word", "rude words", "swear word",
            "swear words", "knew weeks ago", "knew all along", "kept it quiet", "covered it up"]);
        add(Cue.Confidential, ["got disciplined", "was disciplined", "been disciplined", "disciplined for", "got a warning",
            "suspended for", "got suspended", "was suspended", "under investigation", "being investigated", "losing their jobs",
            "losing his job", "losing her job", "which teachers are", "who is leaving", "whos leaving"]);
        // The school's page used to sell or advertise one's own business is personal use of it.
        add(Cue.PersonalActivity, ["advertise my", "advertising my", "my side business", "side business", "side hustle", "my business",
            "promote my", "promoting my"]);
        // "Live-tweet it" loses its hyphen: posting as it happens.
        add(Cue.PostVerb, ["livetweet", "livetweeting", "live tweet", "live tweeting", "liveblog", "live blog", "live blogging"]);
        // "With their class", "with his friends from school": other children are with the asker's own.
        add(Cue.OtherChildren, ["with their class", "with his class", "with her class", "with the class", "with their friends",
            "with his friends", "with her friends", "with their mates", "with his mates", "with her mates", "with the other kids",
            "with the other children", "with their year", "with his year", "with her year"]);
        add(Cue.NamesShown, ["names of the winners", "the winners names", "with their names", "with the names", "names and photos",
            "their names and photos", "names of the children", "names of the kids", "names of the pupils", "full names",
            "kids photos on the wall", "childrens photos on the wall", "pupils photos on the wall",
            "kids photos", "childrens photos", "pupils photos", "their photos on the wall", "photos of the kids on the wall",
            "photos of the children on the wall", "class photos on the wall", "faces on the wall"]);
    }
}
