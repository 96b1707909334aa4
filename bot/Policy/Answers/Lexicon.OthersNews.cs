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
    }
}
