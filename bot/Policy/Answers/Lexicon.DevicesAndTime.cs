namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words for items 1 and 2: whose device, what it is used for and when (lessons, duties, breaks, own time), kept apart
    /// from the words about posts and people so each can grow on its own.
    /// </summary>
    /// <remarks>
    /// The longest phrase wins when a question is read, so a new phrase would hide what its own words say ("had a seizure" would
    /// stop saying "seizure", an incident). A new phrase therefore keeps the cues its words had, except those it is written to
    /// replace (<c>replaces</c>: "got a text" is a message, not the "got a" of a picture).
    /// </remarks>
    private static void AddDevicesAndTime(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        add(Cue.PersonalActivity, ["my online banking"]);

        // Whose device. The classroom's fixed screens belong to the school whoever stands at them; a device said to be the
        // school's after it is named ("the laptop on my desk, it's the school's") is the school's too.
        add(Cue.Device, ["whiteboard pc", "whiteboard computer", "the whiteboard pc", "smartboard pc", "smart board", "the smart board",
            "iwb", "the iwb", "promethean", "clevertouch", "the projector", "projector"], Cue.Governors);
        add(Cue.SchoolSystem, ["the class computer", "the class laptop", "the class ipads", "the staffroom computer", "the office pc",
            "work computer", "my work computer", "my work laptop",
            "my work ipad", "work ipad", "my school email", "the school network",
            "the schools wifi", "the staff wifi",
            "it belongs to the school", "belongs to the school", "owned by the school",
            "its a school laptop", "its a school ipad", "its a school one", "a school one", "the school one", "school issued",
            "school issue", "school chromebooks"]);

        // Between lessons, or after a club and before the bell, may be a break or may be working time: ask which.
        add(Cue.SchoolDay, ["between lessons", "in between lessons", "club finishing", "club finishes", "club has finished",
            "after breakfast club", "after my club", "before the bell", "before the bell goes"], Cue.Lessons, Cue.Premises, Cue.PupilEvent,
            Cue.Duty, Cue.LessonActivity);

        // Urgent family matters: a sick or hurt child or relative, a call from the childminder, nursery or a child's school.
        // Words that are only urgent when they are said of the user's family (hurt, sick, a fever) are illness: a pupil who
        // is poorly is news about a pupil, not a reason to have a phone out.
        add(Cue.Urgent, ["has a temp", "got a temp", "high temp", "a high temperature", "my childminder", "the childminder",
            "childminder rang", "childminders rang", "childminder called", "nursery ringing", "nursery keeps ringing",
            "nurserys ringing", "nursery called", "the nursery called", "taken into a e", "been taken into a e", "rushed into a e",
            "gone into labour", "going into labor", "waters have broken", "needs picking up", "needs collecting"],
            Cue.PhotographVerb, Cue.Pupils, Cue.Broken);
        add(Cue.Illness, ["is ill", "is poorly", "is sick", "hes ill", "shes ill", "hes poorly", "shes poorly", "been sick",
            "being sick", "thrown up", "threw up", "has a fever", "a fever", "been hurt", "has been hurt",
            "hes been hurt", "shes been hurt", "got hurt", "hurt himself", "hurt herself", "been sent home", "sent home ill",
            "sent home sick", "an ambulance", "in a e", "at a e", "broken his arm", "broken her arm", "broke his arm",
            "broke her arm", "head injury", "allergic reaction", "asthma attack", "a seizure", "had a seizure", "had a fall"],
            Cue.Staff, Cue.Endorse, Cue.Broken);

        // Working time: time with pupils, however it is named.
        add(Cue.Lessons, ["1 1", "onetoone", "one to one", "my 1 1", "with my 1 1", "in with my", "i am in with", "doing reading with",
            "reading with a", "hearing readers", "listening to readers", "in a lesson",
            "mid lesson", "midlesson", "teaching all day", "in class all day", "covering a class",
            "covering the class", "on cover", "doing cover", "an intervention", "doing an intervention", "running an intervention",
            "on yard duty", "yard duty", "dinner duty", "gate duty", "bus duty",
            "running a club", "after school club"]);
        add(Cue.Duty, ["1 1", "onetoone", "one to one", "my 1 1", "with my 1 1",
            "on yard duty", "running a club", "covering a class", "covering the class",
            "on cover", "doing cover", "on supervision", "midday supervisor"]);
        // The user out on the yard or the playground with the children, or doing lunches, is supervising them: working time,
        // whatever the hour is called. ("The kids are all out on the yard" while the user is in the staffroom is not; "I'm" is
        // read as "i am".)
        add(Cue.Duty, ["i am out on the yard", "i am on the yard", "i am out on the playground", "i am on the playground",
            "i am out on the field", "i am on yard", "i am out on yard", "me out on the yard", "i go out on the yard", "i am outside on the yard",
            "out on the yard with the children", "on the yard with the children", "on the playground with the children", "out on the field with",
            "watching the kids", "watching the children", "supervising lunch", "doing lunches", "on lunch duty", "lunch duty"], Cue.Break);
        // A free period is planning (PPA) or non-contact time: paid working time, not a break.
        add(Cue.Duty, ["free period", "my free period", "free periods", "non contact", "non contact time", "my ppa",
            "during ppa", "in ppa", "in my ppa", "planning time", "my planning time"]);
        add(Cue.Break, ["on my lunch", "dinner break",
            "morning break", "afternoon break"],
            Cue.Lessons, Cue.Premises, Cue.PupilEvent, Cue.Duty, Cue.LessonActivity, Cue.ObjectOrFood, Cue.PersonalLife);
        // The journey to work is one's own time.
        add(Cue.OwnTime, ["on the way to school", "on the way to work", "on my way to work", "on my way to school", "on the way in",
            "on my way in", "on the bus to school", "on the bus to work", "on the train to work", "on my commute", "commuting"], Cue.Lessons, Cue.SchoolDay, Cue.School);
        add(Cue.OwnTime, ["after the kids have gone home", "the children have gone home",
            "the kids have gone home", "when the children have gone", "when the kids have gone", "after home time",
            "after hometime", "on my day off", "my day off", "on a day off",
            "in the holidays", "during the holidays", "in half term", "at half term", "on the sofa"]);

        // Before the children arrive is still the working day: the bot asks whether it is a break.
        add(Cue.SchoolDay, ["before the children arrive", "before the kids arrive", "before the pupils arrive"], Cue.Pupils);

        // "Got a text from the childminder": a message received, not a picture taken.
        add(Cue.MessageVerb, ["got a text", "got a message", "got a call", "got a missed call", "had a text", "had a call",
            "had a message"], Cue.PhotographVerb);

        // "Put a video of the class on TikTok": the user puts a video up, whoever else "has put a video" up.
        add(Cue.PostVerb, ["put a video"]);
        add(Cue.Image, ["put a video"]);

        // "Check my personal LinkedIn": checking one's own account is personal use, not a question about monitoring.
        string[] ownAccounts = ["facebook", "instagram", "twitter", "linkedin", "tiktok", "snapchat", "whatsapp", "email", "emails",
            "account", "accounts", "messages", "phone"];
        add(Cue.PersonalActivity, [.. ownAccounts.Select(a => "check my personal " + a)], Cue.Monitoring);

        // A TikTok is on TikTok.
        add(Cue.Platform, ["a tiktok", "tiktoks", "a tiktok video", "tiktok video", "tiktok videos"]);

        // Personal purposes, named by what they are for.
        add(Cue.PersonalActivity, ["bereal went off", "my bereal went off", "take my bereal", "do my bereal", "post my bereal",
            "my notifications", "notifications"]);
        // "My mum" is the asker's family, not a pupil's parent.
        add(Cue.PersonalContact, ["my mates", "text my mates", "message my mates", "family group chat", "the family group chat",
            "family chat", "ring my mum", "call my mum", "ring my dad", "call my dad", "text my mum", "text my dad"], Cue.Parents);
        add(Cue.Family, ["ring my mum", "call my mum", "ring my dad", "call my dad", "text my mum", "text my dad"], Cue.Parents);
        add(Cue.PersonalActivity, ["fantasy football",
            "bet365", "sky bet", "paddy power", "etsy", "my online shopping",
            "a dentist appointment", "dentist appointment", "hair appointment",
            "dating app", "tinder", "my personal email",
            "doomscrolling", "my horoscope", "a podcast", "my audiobook",
            "scroll", "scrolling", "scroll through", "have a scroll"]);

        // "Photos of the kids' work" (possessive dropped, "kids" read as "children"): the pupils' work, not the pupils.
        string[] pupilsWork = ["children work", "the children work", "pupils work", "the pupils work", "the class work",
            "learners work", "the learners work", "my class work", "my classes work", "work the children", "work of the children"];
        add(Cue.PupilWork, pupilsWork, Cue.SchoolOwned, Cue.School);
        add(Cue.Pupils, pupilsWork, Cue.SchoolOwned, Cue.School);

        // Teaching and school work on a device: a timer, music for a lesson, the school's learning platforms.
        add(Cue.TeachingUse, ["timer", "the timer", "countdown timer", "sand timer", "go noodle", "gonoodle",
            "cosmic kids", "cosmic yoga", "for my lesson", "music for the lesson",
            "music for pe", "music for dance", "for assembly", "for the assembly", "class dojo points", "dojo points",
            "give dojo points", "award dojo points", "house points",
            "for my portfolio", "my portfolio", "for my pgce", "uni tutor", "my uni tutor", "lesson observation", "film my lesson",
            "film one of my lessons", "record my lesson", "to show the class", "to show the children", "to show the kids",
            "to show my class"], Cue.PersonalActivity);
        add(Cue.WorkTask, ["on teams", "microsoft teams", "ms teams", "go on teams", "teams chat", "my work email",
            "work email", "text the teacher", "text my ta", "message my ta",
            "phone the office", "i am running late",
            "stuck in traffic", "arrange cover", "about cover", "about the rota", "about the timetable",
            "purple mash", "sumdog", "times tables rockstars", "ttrs", "google classroom", "just2easy", "hwb email",
            "take the register"]);
    }

    // The cues the words of a phrase would have had without it, read as a question is: the longest known phrase first.
    private static IEnumerable<Cue> WordCues(string phrase, Func<string, List<Cue>?> known)
    {
        var words = phrase.Split(' ');
        var cues = new List<Cue>();
        var i = 0;
        while (i < words.Length)
        {
            var matched = 1;
            for (var length = words.Length - i - (i == 0 ? 1 : 0); length >= 1; length--)
            {
                if (known(string.Join(' ', words, i, length)) is { } found)
                {
                    cues.AddRange(found);
                    matched = length;
                    break;
                }
            }

            i += matched;
        }

        return cues.Distinct();
    }
}
