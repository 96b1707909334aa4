using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// A moan about a thing, not about anyone: "complaining that the staffroom microwave has been broken for three weeks", "a moan
/// about the governors meeting going on till 9pm". Item 4 is about the school, its staff and pupils; a broken microwave or a
/// long meeting is neither. Established positively and narrowly: a moan word, something broken or overrunning, every
/// critical or confidential word one of those (or negated: "not nasty"), and the only people the place or meeting belongs to
/// in general ("the staffroom", "the governors meeting", "the staff WhatsApp"): a colleague, a name, a pupil or a family, any
/// insult or anything said about what happened in it, and it is not a moan about a thing.
/// </summary>
internal static class MoanReading
{
    private static readonly FrozenSet<string> MoanWords = new[]
    {
        "moan", "moaning", "moans", "moaned", "complain", "complaining", "complains", "complained", "whinge", "whinging", "grumble",
        "grumbling", "gripe", "griping",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Something broken or running over: the state of a thing, said of no one.
    private static readonly FrozenSet<string> StateWords = new[]
    {
        "broken", "broke", "packed", "working", "going", "went", "till", "until", "on", "overran", "overrunning", "ran", "running",
        "over", "late", "down", "not", "again", "still", "for", "weeks", "ages",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StateMarkers = new[]
    {
        "broken", "packed in", "not working", "stopped working", "going on till", "went on till", "going on until", "went on until",
        "overran", "ran over", "ran late", "running late", "broke down", "broken down",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The only people a moan about a thing may name: whom the place or the meeting belongs to, in general.
    private static readonly FrozenSet<string> CollectiveOwners = new[]
    {
        "staff", "staffroom", "staff room", "the staffroom", "the staff room", "governors meeting", "the governors meeting",
        "staff meeting", "the staff meeting", "governors", "staff whatsapp", "the staff whatsapp",
        "staff group", "the staff group", "staff chat", "the staff chat",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Shared with ThingJokeReading: the cues that judge someone or something, and the cues that name people.
    internal static readonly Cue[] Judgements =
    [
        Cue.Derogatory, Cue.Defamatory, Cue.Discriminatory, Cue.Threatening, Cue.Complaint, Cue.CriticalHint, Cue.Embarrassing,
        Cue.Incident, Cue.Confidential, Cue.Sensitive, Cue.InConfidence, Cue.Illness,
    ];

    internal static readonly Cue[] Persons =
    [
        Cue.Staff, Cue.Pupils, Cue.Parents, Cue.Governors, Cue.Council, Cue.School, Cue.Former, Cue.Inspectorate, Cue.ThirdParty,
        Cue.Name, Cue.NamesShown, Cue.MyChildren, Cue.Relative, Cue.OtherChildren, Cue.Family, Cue.Unconnected,
    ];

    public static bool IsMoanAboutAThing(List<Token> tokens, List<CueHit> hits, Func<CueHit, bool> negated)
    {
        if (!tokens.Exists(t => MoanWords.Contains(t.Text)) || !SaysAState(tokens)
            // Not a picture, a message to someone, a share, a joke; not the school's own page; not in lessons or on a device at
            // work (items 1 and 2 decide those, whatever the moan is about).
            || hits.Exists(h => h.Cue is Cue.Image or Cue.PhotographVerb or Cue.MessageVerb or Cue.ConnectVerb or Cue.Endorse or Cue.Humour
                or Cue.Official or Cue.OnBehalf or Cue.AccountOrPage or Cue.Lessons or Cue.LessonActivity or Cue.Duty or Cue.Device
                or Cue.Phone or Cue.SchoolSystem))
        {
            return false;
        }

        // "Sarah", "Mr Hughes": a name the lexicon doesn't know makes it about someone.
        if (tokens.Exists(t => t.Capitalised && t.Text.Length > 1 && t.Text.All(char.IsLetter) && !Lexicon.Phrases.ContainsKey(t.Text)))
        {
            return false;
        }

        foreach (var h in hits)
        {
            var text = string.Join(' ', tokens.Skip(h.Start).Take(h.End - h.Start).Select(t => t.Text));
            // "On the staff WhatsApp": the staff as the group it is posted in, not as whom it is about.
            var staffGroup = text is "staff" or "the staff" && h.End < tokens.Count && tokens[h.End].Text is "whatsapp" or "group" or "chat" or "groupchat" or "room" or "meeting";
            if (Array.IndexOf(Persons, h.Cue) >= 0 && !CollectiveOwners.Contains(text) && !staffGroup)
            {
                return false;
            }

            if (Array.IndexOf(Judgements, h.Cue) >= 0 && !negated(h) && !CollectiveOwners.Contains(text) && !staffGroup
                && !Enumerable.Range(h.Start, h.End - h.Start).Any(k => MoanWords.Contains(tokens[k].Text))
                && !Enumerable.Range(h.Start, h.End - h.Start).All(k => StateWords.Contains(tokens[k].Text)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SaysAState(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            for (var n = 1; n <= 3 && k + n <= tokens.Count; n++)
            {
                if (StateMarkers.Contains(string.Join(' ', tokens.Skip(k).Take(n).Select(t => t.Text))))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
