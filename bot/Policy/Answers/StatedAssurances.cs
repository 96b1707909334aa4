using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>An assurance a question gives about the fact a follow-up would ask: "no kids in it", "nothing about school".</summary>
[Flags]
internal enum Assurance
{
    None = 0,

    /// <summary>No pupils in the picture or around when it was taken: "no kids in it", "only staff in it", "the room's empty".</summary>
    NoPupils = 1,

    /// <summary>Not about the school or anyone connected with it: "nothing about school", "just general", "dim byd am yr ysgol".</summary>
    NotAboutSchool = 2,

    /// <summary>Nothing critical in it: "only nice stuff", "no moaning", "positive only, nothing negative".</summary>
    NotCritical = 4,

    /// <summary>Everyone in it is an adult ("only staff in it", "just us teachers"): no pupils, and a name in it is an adult's.</summary>
    OnlyAdults = 8,

    /// <summary>No pupil is mentioned at all: "I wouldn't mention any of the children", Welsh "heb sôn am unrhyw blentyn".</summary>
    NoPupilMentioned = 16,
}

/// <summary>
/// A follow-up the question has already answered. "Can I post my classroom on Insta? No kids in it" would be asked "Could any
/// pupils be seen in it?", and the asker has said: the answer is given at once, as if they had pressed "No, no pupils at all".
/// An assurance settles only the option that says what it says (a picture with no pupils says nothing of the tone), and only
/// when nothing else in the question is against it: a pupil named another way, an insult, something confidential. A hedged
/// assurance ("not sure there are no kids") settles nothing. The rule table then decides on the facts with the option added,
/// so every other rule and the permit gate still weigh the rest of the question.
/// </summary>
internal static partial class StatedAssurances
{
    // How many times a settled answer may itself lead to a follow-up that the question also answers.
    private const int MaxSettled = 2;

    /// <summary>
    /// What each option of the engine's follow-ups says, in assurances: an option is settled by the question when the question
    /// gives every assurance of one of its readings ("Is any of it critical about the school?" is answered "no" by "nothing
    /// critical" and by "nothing about the school"). Options that say more than any assurance can ("general, kind and
    /// anonymous", "nobody could be recognised") are not listed, and are never settled.
    /// </summary>
    private static readonly Dictionary<string, Assurance[]> OptionSays = new(StringComparer.Ordinal)
    {
        ["no-pupils"] = [Assurance.NoPupils],
        ["hazard-7-no"] = [Assurance.NoPupils],
        ["own-life"] = [Assurance.NotAboutSchool],
        // "Would anything in it identify a pupil, or say something private or unkind about them?": a post that mentions no pupil
        // at all does none of those. (A picture's "not-identifiable" is about faces, which the holding check rules out.)
        ["not-identifiable"] = [Assurance.NoPupilMentioned],
        ["neutral"] = [Assurance.NotCritical, Assurance.NotAboutSchool],
        ["hazard-4-no"] = [Assurance.NotCritical, Assurance.NotAboutSchool],
    };

    /// <summary>
    /// Options that ask two things at once, and the part a question can answer alone: "Have the colleagues agreed, and are there
    /// no pupils in it?" is half answered by "only staff in it", and the rule table decides on that half (a picture of
    /// colleagues with no pupils in it is fine with care; their agreement is advice).
    /// </summary>
    private static readonly Dictionary<string, Assurance> OptionAsksAlso = new(StringComparer.Ordinal)
    {
        ["agreed"] = Assurance.NoPupils,
    };

    /// <summary>
    /// A depends decision whose follow-up the question already answers is re-decided with that answer; anything else is
    /// returned as it was. <paramref name="decide"/> is the engine's rule table with its permit gate.
    /// </summary>
    public static (QuestionFacts Facts, Decision Decision) Settle(
        string question, AnswerLanguage language, QuestionFacts facts, Decision decision, Func<QuestionFacts, Decision> decide)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(decide);
        if (decision.Verdict != Verdict.Depends || decision.Ask is null)
        {
            return (facts, decision);
        }

        var stated = Read(question, language);
        var settledBy = Assurance.None;
        for (var round = 0; round < MaxSettled && stated != Assurance.None && decision.Verdict == Verdict.Depends && decision.Ask is { } ask; round++)
        {
            var given = stated;
            var current = facts;
            bool Gives(Assurance says) => (given & says) == says && Holds(says, current, given);
            var option = ask.Options.FirstOrDefault(o => OptionSays.TryGetValue(o.Id, out var readings) && Array.Exists(readings, Gives));
            Assurance used;
            if (option is not null)
            {
                used = Array.Find(OptionSays[option.Id], Gives);
                facts = FollowUpOptions.Apply(AsRead(facts, used), option.Adds);
            }
            else
            {
                used = ask.Options.Select(o => OptionAsksAlso.GetValueOrDefault(o.Id)).FirstOrDefault(a => a != Assurance.None && Gives(a));
                if (used == Assurance.None)
                {
                    break;
                }

                facts = AsRead(facts, used);
            }

            var asked = decision;
            settledBy |= used;
            decision = decide(facts);
            // What the follow-up was about is why the answer is what it is: its sections stay cited with the answer.
            decision = decision with { Cites = [.. decision.Cites, .. asked.Cites.Where(c => !decision.Cites.Any(d => d.SectionId == c.SectionId))] };
            // An answer that leads to the same follow-up again settled nothing.
            if (option is not null && decision.Ask is { } next && next.Options.Any(o => o.Id == option.Id))
            {
                break;
            }
        }

        // A yes given on the asker's word says which word it rests on (the Welsh answer words its reasons by section).
        if (decision.Verdict is Verdict.Allowed or Verdict.AllowedWithCare && settledBy != Assurance.None)
        {
            decision = decision with { Reasons = [.. decision.Reasons, Basis(settledBy)] };
        }

        return (facts, decision);
    }

    private static string Basis(Assurance settledBy) =>
        settledBy.HasFlag(Assurance.NoPupils) ? "That is on your word that no pupils are in it: if any could be seen, it would be a no."
        : settledBy.HasFlag(Assurance.NoPupilMentioned) ? "That is on your word that no pupil is mentioned: keep every child out of it."
        : settledBy.HasFlag(Assurance.NotAboutSchool) ? "That is on your word that it has nothing to do with the school: anything about the school or its people needs another look."
        : "That is on your word that nothing in it is critical: anything critical or mocking about the school or its people would be a no.";

    /// <summary>The facts as the words of the assurance state them, before the option's answer is added.</summary>
    private static QuestionFacts AsRead(QuestionFacts f, Assurance used) => used switch
    {
        Assurance.NoPupils => f with { SaysNoPupils = true, NoPupilsInImage = f.HasImage && !f.InImage.HasFlag(People.Pupils), PupilsPresumedInImage = false },
        // "Not mentioning the school at all": the school named elsewhere in the question ("after my school shift") is where the
        // asker works, not what the post is about.
        Assurance.NotAboutSchool => f with { About = f.About & ~People.School, Mentioned = f.Mentioned & ~People.School, LinksToSchool = false },
        _ => f,
    };

    /// <summary>Whether nothing else the question says is against the assurance (a pupil named another way, an insult…).</summary>
    internal static bool Holds(Assurance says, QuestionFacts f, Assurance stated = Assurance.None)
    {
        ArgumentNullException.ThrowIfNull(f);
        var people = f.About | f.Mentioned | f.InImage | f.ContactWith | f.CampaignAgainst;
        // "Gareth's jumper… only staff in it": with only adults in it, a name or a recognisable face is an adult's.
        var onlyAdults = says == Assurance.NoPupils && stated.HasFlag(Assurance.OnlyAdults);
        var pupilsNamed = (people & (People.Pupils | People.FormerPupils)) != 0 || f.NamesVisible || f.OtherChildrenToo || f.PupilIsRelative
            || f.TakesNobodyBack || (!onlyAdults && (f.MayNameSomeone || f.PeopleIdentifiable == true));
        var confidential = (f.Content & (ContentKinds.Confidential | ContentKinds.Incident)) != 0 || f.SensitiveMatter || f.ToldInConfidence;
        var critical = (f.Content & PolicyRules.Harmful) != 0 || f.CriticalTone || f.MoreThanFunny || f.CampaignAgainst != People.None
            || f.Content.HasFlag(ContentKinds.Embarrassing);
        return says switch
        {
            // Pupils' work is a question of names on it, not of pupils in the picture: settled only with the names ruled out too.
            Assurance.NoPupils => !pupilsNamed && (!f.Content.HasFlag(ContentKinds.PupilWork) || f.NobodyNamed) && !f.Live,
            // The school itself may be named ("after my school shift") but nothing may be said against it, and nobody else
            // connected with it may be in it.
            Assurance.NotAboutSchool => !pupilsNamed && !confidential && !f.NamesSomeone && !f.Content.HasFlag(ContentKinds.SchoolNews)
                // Criticism stays item 4's whoever it names in the school's community (the council, the inspectors): "not the
                // school" takes it away only from national matters ("the pay offer is an insult, nothing about my school").
                && (!critical || (people & (PolicyRules.Community | People.Council)) == 0)
                && (people & ((PolicyRules.Community | People.Council) & ~People.School)) == 0 && !f.PupilsPresumedInImage,
            Assurance.NotCritical => !critical && !f.PartlyUnread && !f.AboutPay,
            // Pupils are what the post is about ("ideas for teaching fractions to Year 4"), but none named, pictured or told of.
            Assurance.NoPupilMentioned => !f.HasImage && !f.NamesVisible && !f.MayNameSomeone && !f.NamesSomeone && !f.PupilIsRelative
                && !f.OtherChildrenToo && !confidential && !critical && !f.PartlyUnread && !f.Content.HasFlag(ContentKinds.Humour)
                && f.ContactWith == People.None,
            _ => false,
        };
    }

    /// <summary>The assurances the question gives, unhedged. Welsh is read through its English gloss.</summary>
    internal static Assurance Read(string question, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = language == AnswerLanguage.Welsh ? WelshGlossary.Gloss(question) : question;
        var clauses = Clauses(text);
        var stated = Assurance.None;
        for (var c = 0; c < clauses.Count; c++)
        {
            var words = clauses[c];
            foreach (var (assurance, shape) in Shapes)
            {
                foreach (Match m in shape.Matches(words))
                {
                    if (!Hedged(words, m) && !ExceptionFollows(clauses, c, words, m))
                    {
                        stated |= assurance;
                    }
                }
            }
        }

        return stated;
    }

    // "Not sure there are no kids", "I can't promise nothing about school", "hopefully no kids in it": said before it in its
    // clause, a hedge or a negation takes the assurance back.
    private static bool Hedged(string words, Match m)
    {
        var before = words[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(6);
        return HedgeBefore().IsMatch(" " + string.Join(' ', before) + " ");
    }

    // "No kids in it except Tomos", "only staff, well maybe one or two kids": an exception after it, in the rest of the
    // question, takes it back too.
    private static bool ExceptionFollows(List<string> clauses, int clause, string words, Match m) =>
        ExceptionAfter().IsMatch(" " + words[(m.Index + m.Length)..] + string.Concat(clauses.Skip(clause + 1)));

    // The question's clauses as plain words between spaces: lower case, apostrophes dropped ("room's empty" reads "rooms empty",
    // "won't" reads "wont"), broken at punctuation and at "but". The engine's own normaliser is not used: it drops "just" and
    // other fillers that assurances are made of ("just staff in it", "just general").
    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        var words = new System.Text.StringBuilder(" ");
        var word = new System.Text.StringBuilder();
        void EndClause()
        {
            if (words.Length > 1)
            {
                clauses.Add(words.ToString());
            }

            words.Clear().Append(' ');
        }

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            if (word.ToString() == "but")
            {
                EndClause();
            }
            else
            {
                words.Append(word).Append(' ');
            }

            word.Clear();
        }

        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is not ('\'' or '\u2019' or '\u2018'))
            {
                EndWord();
                if (ch is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\u201c' or '\u201d' or '\n' or '\u2013' or '\u2014')
                {
                    EndClause();
                }
            }
        }

        EndWord();
        EndClause();
        return clauses;
    }

    private static readonly (Assurance, Regex)[] Shapes =
    [
        (Assurance.NoPupils, NoPupilsShape()),
        (Assurance.NoPupils | Assurance.OnlyAdults, OnlyAdultsShape()),
        (Assurance.NoPupils, EmptyPlaceShape()),
        (Assurance.NotAboutSchool, NotAboutSchoolShape()),
        (Assurance.NotAboutSchool, GeneralShape()),
        (Assurance.NotCritical, NotCriticalShape()),
        (Assurance.NoPupilMentioned, NoPupilMentionedShape()),
    ];
}
