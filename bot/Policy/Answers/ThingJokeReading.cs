namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// A joke about a thing, not about anyone: "a joke about how awful the staffroom coffee is". Like <see cref="MoanReading"/>,
/// item 4 is about the school, its staff and pupils, and the staffroom's coffee is none of them. Established positively and
/// narrowly: the asker says it is a joke, a thing is named, every critical word is a mild one said right beside the thing
/// (<see cref="Lexicon.MildThingJudgements"/>), and the only people in it are whom the place belongs to in general ("the
/// staffroom"). A colleague, a name, a pupil or a family, a picture, a message to someone, a stronger word, and it is not.
/// </summary>
internal static class ThingJokeReading
{
    // A critical word is said of the thing when it stands this close to it, in the same clause ("how awful the staffroom coffee").
    private const int Reach = 3;

    private static readonly HashSet<string> JokeWords = ["joke", "jokes", "jokey", "joking", ToneReading.Laughter];

    private static string Text(List<Token> tokens, CueHit h) => string.Join(' ', tokens.Skip(h.Start).Take(h.End - h.Start).Select(t => t.Text));

    // The same judgements and the same people as a moan about a thing.
    private static readonly Cue[] Judgements = MoanReading.Judgements;

    private static readonly Cue[] Persons = MoanReading.Persons;

    public static bool IsJokeAboutAThing(List<Token> tokens, List<CueHit> hits, Func<CueHit, bool> negated)
    {
        var things = hits.FindAll(h => h.Cue == Cue.ObjectOrFood && !negated(h));
        // "A joke about", "😂" (kept as a word by ToneReading.KeepLaughter), "lol": said to be a joke.
        var joke = hits.Exists(h => h.Cue == Cue.Humour && !negated(h)) || tokens.Exists(t => JokeWords.Contains(t.Text))
            || hits.Exists(h => Lexicon.MockInquiries.Contains(Text(tokens, h)));
        if (things.Count == 0 || !joke
            // Not a picture, a message to someone, a share of someone else's post; not the school's page; not in lessons or on a
            // device at work (items 1 and 2 decide those, whatever the joke is about).
            || hits.Exists(h => h.Cue is Cue.Image or Cue.PhotographVerb or Cue.MessageVerb or Cue.ConnectVerb or Cue.Endorse
                or Cue.Official or Cue.OnBehalf or Cue.AccountOrPage or Cue.Lessons or Cue.LessonActivity or Cue.Duty or Cue.Device
                or Cue.Phone or Cue.SchoolSystem)
            // "Sarah", "Mr Hughes": a name the lexicon doesn't know makes it about someone.
            || ToneReading.MayNameSomeone(tokens))
        {
            return false;
        }

        var judged = false;
        foreach (var h in hits)
        {
            var text = Text(tokens, h);
            // The asker's own mock inquiry needs only the thing it is into; a mild word must be said right beside it.
            if (Lexicon.MockInquiries.Contains(text))
            {
                judged = true;
                continue;
            }

            if (Array.IndexOf(Persons, h.Cue) >= 0 && !Lexicon.CollectiveOwners.Contains(text))
            {
                return false;
            }

            if (Array.IndexOf(Judgements, h.Cue) < 0 || negated(h) || Lexicon.CollectiveOwners.Contains(text)
                // "A joke": what it is, not a gripe (no person is in it, so it is not "the head is a joke").
                || hits.Exists(u => u.Cue == Cue.Humour && u.Start == h.Start && u.End == h.End)
                || JokeWords.Contains(tokens[h.End - 1].Text))
            {
                continue;
            }

            if (!Lexicon.MildThingJudgements.Contains(text) || !things.Exists(t => t.Clause == h.Clause
                && (Math.Abs(t.Start - h.End) <= Reach || Math.Abs(h.Start - t.End) <= Reach)))
            {
                return false;
            }

            judged = true;
        }

        return judged;
    }
}
