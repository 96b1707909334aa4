namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Round 7, "it depends" where the words already decide: what the school has itself published (its own posts, to share or
    /// like), and what has not been made public yet (staffroom talk, news before its announcement). As in
    /// <see cref="AddDevicesAndTime"/>, a phrase keeps its words' cues except the ones it replaces.
    /// </summary>
    private static void AddCautious(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // The school's own posts and tweets are published by the school: sharing or liking them passes on nothing confidential.
        // ("The school's post" is already read; its plurals, its tweets and the Welsh "post yr ysgol" were not.) The other rules
        // still weigh what is added, who is tagged and what the pictures show.
        // A possessive 's is dropped before a question is read, so "the school's posts" reads "the school posts", which is also
        // the school doing it ("the school posts it tomorrow"): only with the sharing verb before it is it the school's post. The
        // Welsh "rhannu post yr ysgol" is glossed "share a post the school".
        string[] schoolsPosts = ["the school posts", "the school tweet", "the school tweets", "the school facebook post",
            "the school facebook posts", "the school instagram post", "the school instagram posts", "the school official post",
            "the school page post", "the school page posts", "a post the school"];
        string[] passOn = ["share", "sharing", "reshare", "retweet", "retweeting", "repost", "reposting", "like", "liking"];
        add(Cue.AlreadyPublic, [.. passOn.SelectMany(v => schoolsPosts.Select(p => v + " " + p))]);

        // Announced to the parents already, or the letter sent home: the school has made it public to its community. Announced to
        // the staff alone is not ("the head announced in the staff meeting"), nor is what someone told a parent.
        add(Cue.AlreadyPublic, ["announced to parents", "announced to the parents", "announced to staff and parents",
            "announced to the staff and parents", "announced it to parents", "announced it to the parents", "announced to all the parents",
            "parents have had the letter", "parents have had a letter", "parents got the letter", "parents have all been told",
            "the letter has gone out to parents", "the letter went out to parents", "letter went out to parents",
            "letter has gone out to parents", "told all the parents"]);

        // Not public yet: news before its official announcement, or that those who decide have not announced or seen.
        string[] notYet = ["before the official announcement", "before any official announcement", "before its officially announced",
            "before it is officially announced", "before it has been officially announced", "havent announced", "hasnt announced",
            "have not announced", "has not announced", "havent announced it yet", "havent announced who", "havent seen yet",
            "havent seen it yet", "have not seen yet", "hasnt seen yet", "not seen it yet", "told us staff first", "told the staff first",
            "told staff first"];
        add(Cue.InConfidence, notYet);
        add(Cue.NotYetAnnounced, notYet);

        // What was heard among the staff is the staff's, not the parents' or the wider world's: a colleague leaving, someone's
        // health. (Welsh "ges i wybod yn y staffroom", "glywes i yn yr ystafell staff" are read into these words.)
        add(Cue.InConfidence, ["heard in the staffroom", "overheard in the staffroom", "found out in the staffroom", "i found out in the staffroom",
            "heard it in the staffroom", "said in the staffroom", "was said in the staffroom", "told in the staffroom", "staffroom gossip",
            "gossip in the staffroom", "has heard in the staffroom", "heard in the staff room", "found out in the staff room",
            "overheard in the staff room"]);

        // The school ruled out in so many words (Welsh "dim byd am yr ysgol" is read into these words). What else the question
        // says still counts: a colleague, a pupil or an insult named beside it is not ruled out by it.
        string[] owners = ["the", "my", "our"];
        add(Cue.SchoolRuledOut, [.. owners.SelectMany(o => new[]
        {
            "nothing about " + o + " school", "not about " + o + " school", "not about " + o + " school at all", "nothing to do with " + o + " school",
            "not about " + o + " school or anyone in it", "nothing about " + o + " school or anyone in it",
        }), "nothing about school", "not about school", "nothing to do with school"], Cue.School);

        // A colleague's health and absence in everyday words ("off with her nerves again", Welsh "off gyda'i nerfe" glossed the
        // same): confidential to them, as "off with stress" already is.
        // Only the forms that name someone else: "I was off with anxiety" is one's own to tell.
        add(Cue.Confidential, ["off with her nerves", "off with his nerves", "off with her nerves again", "off with his nerves again",
            "off with her mental health", "off with his mental health", "off with her anxiety", "off with his anxiety"]);

        // Insults in everyday words: said of the school's people they are derogatory (item 4), joke or not. Said of oneself they
        // are not about the school community, which the rules check separately.
        add(Cue.Derogatory, ["grumpy old bags", "old bags", "old bag", "grumpy old", "nosy", "nosey", "nosy parkers", "nosey parkers",
            "hellhole", "hell hole", "shithole", "shit hole"]);

        // Accusations of wrongdoing about a person: defamatory unless proven, whoever they are ("one of the dads is a dealer").
        add(Cue.Defamatory, ["is a dealer", "a dealer", "is a drug dealer", "deals drugs", "dealing drugs", "turns up drunk",
            "comes in drunk", "shows up drunk", "turned up drunk", "came in drunk", "drunk at work", "drunk in work", "fiddled the data",
            "fiddles the data", "fiddled the results", "fiddled the figures", "fiddled the books", "cooked the books", "fiddling the data",
            "fiddling the books"]);

        // PPA time is working time, said as a time ("during my PPA").
        add(Cue.DuringWorkingTime, ["during ppa", "during my ppa", "during ppa time", "during my ppa time", "in my ppa", "in my ppa time"]);
        add(Cue.Lessons, ["during ppa", "during my ppa", "during ppa time", "during my ppa time", "in my ppa", "in my ppa time"]);
    }
}
