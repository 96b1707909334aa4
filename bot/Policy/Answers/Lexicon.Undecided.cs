namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words for questions that state what decides them in words the shared lists did not read: dismay that is not a
    /// negation ("oh no, I accepted a friend request"). As in <see cref="AddDevicesAndTime"/>, a phrase keeps its words' cues
    /// except the ones it replaces.
    /// </summary>
    private static void AddUndecided(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "Oh no I accepted a friend request from a boy in Y5": the "no" is dismay at what was done, not "no" to doing it.
        add(Cue.Interjection, ["oh no", "ohh no", "oh noo", "oh nooo", "uh oh", "oh no no"], Cue.Negator);

        // "The eco-schools green flag": an award the school won, not flagging something up to report it.
        add(Cue.Positive, ["green flag", "the green flag", "eco flag", "eco schools flag", "ecoschools flag", "eco school flag",
            "platinum flag", "platinum eco schools flag", "our green flag", "our platinum flag", "our eco schools flag",
            "our platinum eco schools flag"], Cue.Report);

        // "Before the head announces it, everyone knows anyway": not made public yet, whatever everyone knows.
        add(Cue.NotYetAnnounced, ["before the head announces", "before the head has announced", "before its announced", "before it is announced",
            "before its been announced", "before they announce", "before the school announces", "before its official", "before it goes out",
            "before the head tells", "before the head has told", "before it has been announced", "before the announcement",
            "not been announced", "hasnt been announced", "not announced yet", "not been announced yet", "not official yet"]);

        // Someone's health, home life or diagnosis: private to them and their family, however kindly it is told.
        add(Cue.PrivateMatter, ["hospital", "in hospital", "the hospital", "went to hospital", "gone to hospital", "taken to hospital",
            "ambulance", "an ambulance", "a and e", "operation", "surgery", "poorly", "seriously ill", "cancer", "leukaemia", "leukemia",
            "diabetes", "diabetic", "epilepsy", "epileptic", "seizure", "seizures", "asthma", "allergy", "allergies", "anaphylaxis",
            "autism", "autistic", "adhd", "dyslexia", "dyslexic", "diagnosis", "diagnosed", "disability", "disabled", "wheelchair",
            "hearing aid", "speech therapy", "mental health", "self harm", "selfharm", "anxiety", "depression", "eating disorder",
            "nits", "head lice", "lice", "wet himself", "wet herself", "soiled",
            "young carer", "in care", "taken into care", "foster", "fostered", "foster care", "adopted", "social services",
            "social worker", "child protection", "safeguarding", "free school meals", "fsm", "pupil premium", "problems at home",
            "trouble at home", "hard time at home", "home life", "parents split", "parents are splitting", "mum and dad split",
            "divorce", "bereavement", "bereaved", "died", "passed away", "lost his dad", "lost her dad", "lost his mum", "lost her mum",
            "funeral", "prison", "in prison", "jail", "arrested", "police", "domestic", "refugee", "asylum", "ysbyty",
            "home address", "his address", "her address", "their address", "where he lives", "where she lives", "where they live"]);

        // A weapon brought in is an incident, whoever saw it.
        add(Cue.Incident, ["knife", "knives", "a knife", "brought a knife", "weapon", "weapons", "a weapon", "a blade", "stabbed", "stabbing"]);

        // When the user would act, said as a time inside lessons or a duty. A lesson or a duty only named ("the assembly", "a
        // lunchtime supervisor", "in front of the class" in a story) is not this: the preposition makes it the time.
        string[] lessons = ["lesson", "lessons", "a lesson", "the lesson", "my lesson", "my lessons", "lesson time", "class", "class time",
            "the register", "registration", "register", "assembly", "guided reading", "phonics", "maths", "literacy", "numeracy", "pe",
            "science", "spelling test", "story time", "carpet time", "teaching", "my teaching", "a session", "my session", "my class"];
        string[] duties = ["duty", "my duty", "yard duty", "my yard duty", "lunch duty", "dinner duty", "gate duty", "playground duty",
            "bus duty"];
        add(Cue.DuringWorkingTime, [.. lessons.Select(l => "during " + l), .. lessons.Select(l => "in the middle of " + l),
            .. lessons.Select(l => "halfway through " + l), .. lessons.Select(l => "in the middle of the " + l)]);
        // "In the lesson" is already read as a time; a new "in ..." phrase would move where the time starts, and "done in lesson
        // time" would then read as what was done rather than when.
        add(Cue.DuringWorkingTime, ["in the lesson", "mid lesson", "midlesson", "mid register", "mid class", "mid phonics", "mid maths"]);
        add(Cue.DuringWorkingTime, [.. duties.Select(d => "during " + d), .. duties.Select(d => "while on " + d),
            .. duties.Select(d => "whilst on " + d), .. duties.Select(d => "when on " + d), .. duties.Select(d => "i am on " + d),
            .. duties.Select(d => "while i am on " + d), .. duties.Select(d => "when i am on " + d)]);
        add(Cue.DuringWorkingTime, ["while teaching", "whilst teaching", "while i am teaching", "when i am teaching", "while i teach",
            "while i am in class", "while i am in the classroom with", "in front of my class"]);
        // Welsh: "yn ystod y wers" (during the lesson), "yng nghanol y wers" (in the middle of the lesson).
        add(Cue.DuringWorkingTime, ["yn ystod y wers", "yn ystod gwers", "yn ystod gwersi", "yn ystod y gwersi", "yng nghanol y wers",
            "yng nghanol gwers", "yn y wers", "ar ddyletswydd", "yn ystod fy nyletswydd"]);
        // Said as a time, a lesson's subject or the register is working time whatever device comes into it.
        add(Cue.Lessons, [.. lessons.Where(l => l is not ("teaching" or "my teaching")).Select(l => "during " + l),
            .. lessons.Select(l => "in the middle of " + l), .. lessons.Select(l => "in the middle of the " + l),
            "mid register", "mid class", "mid phonics", "mid maths"]);
    }
}
