namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// One's own news that carries a colleague's with it: "new job, and I'm taking my TA with me" announces the TA's move too,
    /// staffing news that is theirs to tell (item 3). Written as a colleague's role with the verbs of moving, so the asker's
    /// own move, said alone, keeps its reading. And a pupil's needs in the everyday words for them.
    /// </summary>
    private static void AddOthersNews(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        string[] roles = ["ta", "tas", "teaching assistant", "lsa", "hlta", "deputy", "colleague", "job share", "partner teacher"];
        // The phrase starts at "my", not at the verb: "I'm taking my TA" would otherwise read as the asker's own role ("I'm a TA").
        var phrases = roles.SelectMany(role => new[]
        {
            $"my {role} with me", $"my {role} along", $"my {role} is coming", $"my {role} is moving", $"my {role} is following",
            $"my {role} is joining", $"my {role} is going", $"my {role} is coming with me",
        }).ToArray();
        AddKeepingWordCues(addToMap, known, Cue.Sensitive, phrases, []);
        // "ta" alone is not a word for staff ("my ta" is), so the colleague is named here, not inherited.
        addToMap(Cue.Staff, phrases);

        // A pupil's needs in the words staff use for them: "a new kid with really complex needs" is the child's and the family's
        // to share, named or not (item 3), as "special needs" already is.
        string[] needs = ["complex needs", "medical needs", "high needs", "learning needs", "behavioural needs", "behaviour needs",
            "sensory needs", "emotional needs", "additional support needs", "support needs", "a statement of needs", "an ehcp",
            "a care plan", "a health care plan", "a healthcare plan", "medical condition", "a medical condition", "severe allergy", "epilepsy",
            "diabetes", "diabetic", "tube fed", "in nappies", "wears nappies", "statemented"];
        foreach (var cue in (Cue[])[Cue.Confidential, Cue.Sensitive])
        {
            AddKeepingWordCues(addToMap, known, cue, needs, []);
        }

        // Working time that is not a lesson: a staff meeting, training or parents' evening after school is directed time, and
        // coaching is the coach's lesson.
        AddKeepingWordCues(addToMap, known, Cue.LessonActivity, ["during a staff meeting", "during the staff meeting", "during staff meeting",
            "in a staff meeting", "in the staff meeting", "in staff meeting", "during staff meetings", "in staff meetings", "during inset",
            "during training", "during the training", "during cpd", "during parents evening", "at parents evening", "during a briefing",
            "in briefing", "during briefing", "while im coaching", "while i am coaching", "when im coaching", "when i am coaching",
            "while coaching", "during coaching", "in the middle of coaching"], []);

        // "In the middle of a PE lesson", "during my maths lesson": a lesson named by its subject, said as the time.
        string[] subjects = ["pe", "maths", "phonics", "science", "music", "art", "welsh", "english", "history", "geography",
            "swimming", "re", "pshe", "computing", "dt", "french", "spanish", "reading", "writing", "spelling", "topic", "drama"];
        string[] before = ["during a", "during the", "during my", "during our", "in the middle of a", "in the middle of the",
            "in the middle of my", "in the middle of our", "halfway through a", "halfway through the", "halfway through my", "mid"];
        var lessonsBySubject = subjects.SelectMany(subject => before.SelectMany(b => new[] { $"{b} {subject} lesson", $"{b} {subject} class" }))
            .ToArray();
        AddKeepingWordCues(addToMap, known, Cue.DuringWorkingTime, lessonsBySubject, []);
        AddKeepingWordCues(addToMap, known, Cue.Lessons, lessonsBySubject, []);

        // A choir or club of the chapel, the church or the village is the asker's own life, not the school's pupils or events:
        // "reply to the chapel choir messages at break".
        string[] owners = ["chapel", "church", "community", "village", "male voice", "adult", "ladies", "womens", "mens", "rugby club",
            "cricket club", "running club", "walking"];
        var ownClubs = owners.SelectMany(owner => new[] { $"{owner} choir", $"the {owner} choir", $"{owner} choir messages" }).ToArray();
        AddKeepingWordCues(addToMap, known, Cue.Unconnected, ownClubs, [Cue.Pupils, Cue.PupilEvent, Cue.School]);

        // "On mat leave atm, am I still covered": asked of the bot, "covered" with no policy named is the policy's reach.
        AddKeepingWordCues(addToMap, known, Cue.ScopeQuestion, ["am i still covered", "am i covered", "are we covered", "are we still covered",
            "is she covered", "is he covered", "are they covered", "are they still covered", "is she still covered", "is he still covered",
            "does it cover me", "does that cover me", "does it still cover me", "am i included", "am i still included", "does it include me",
            "does this include me", "do i count", "do i still count"], []);
        // "I assume the social media rules are off while I'm not working?": the policy's reach, asked as an assumption.
        AddKeepingWordCues(addToMap, known, Cue.ScopeQuestion, ["rules are off", "the rules are off", "rules dont apply", "rules do not apply",
            "policy is off", "the policy is off", "rules are suspended", "rules stop", "off the hook", "rules still apply", "rules still count"], []);

        // "And then share it on my own page": one's own page or profile is a personal platform, whichever site it is on, so a
        // follow-on naming it leaves the school's official channel.
        AddKeepingWordCues(addToMap, known, Cue.Platform, ["my own page", "my own account", "my personal page", "my personal account",
            "my timeline", "my own timeline"], []);

        // Lunch spent looking after pupils is working time: a lunchtime club run, pupils eating with the asker.
        AddKeepingWordCues(addToMap, known, Cue.Duty, ["running the lunchtime club", "running the lunch club", "run the lunchtime club",
            "run the lunch club", "running lunchtime club"], [Cue.Break]);
        AddKeepingWordCues(addToMap, known, Cue.LessonActivity, ["running the lunchtime club", "running a lunchtime club", "lunchtime club",
            "lunch club", "running the club", "running a club", "while the kids eat", "while the children eat", "while they eat",
            "eat with me", "eating with me", "eat their lunch with me", "eat their packed lunches with me", "watching the kids",
            "watching the children", "supervising the kids", "supervising the children", "looking after the kids", "looking after the children"],
            // Not a break: a phrase that kept the break in "lunch" would read as the club being over ("after club").
            [Cue.Break]);

        // A phone the school issues is the school's equipment ("my school-issued phone"), however "my" it is.
        AddKeepingWordCues(addToMap, known, Cue.SchoolSystem, ["school issued", "school issued phone", "my school issued phone", "schoolissued", "schoolissued phone",
            "my schoolissued phone", "workissued", "workissued phone",
            "school phone", "work phone"], [Cue.OwnOwned]);

        // Errands are not urgent: "ask him to pick up milk" is not the family matter the exception is for.
        AddKeepingWordCues(addToMap, known, Cue.PersonalActivity, ["pick up milk", "pick up some", "pick up bread", "pick up a parcel",
            "pick up food", "pick up dinner", "pick up tea", "pick up a takeaway", "pick up shopping", "pick up the shopping",
            "pick up a pizza", "pick up the dry cleaning", "pick up wine", "pick up a bottle"], [Cue.Urgent]);

        // Wishing violence on someone is a threat whoever it is about ("the minister should be strung up").
        AddKeepingWordCues(addToMap, known, Cue.Threatening, ["strung up", "string him up", "string her up", "string them up",
            "should be shot", "ought to be shot", "should be hanged", "hang him", "hang her", "lined up and shot", "up against a wall",
            "deserves a slap", "needs a slap", "deserves a punch", "needs a punch", "punch him", "punch her", "smack him", "smack her"], []);

        // A school fair, fete or fun day has pupils at it, as the summer and Christmas fairs already do.
        AddKeepingWordCues(addToMap, known, Cue.PupilEvent, ["school fair", "the fair", "spring fair", "easter fair", "craft fair", "pta fair",
            "school fete", "the fete", "fun day", "funday", "school fun day", "family fun day", "fair day"], []);
    }
}
