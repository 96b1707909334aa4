using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>Reads a question's facts: who, what, where, when, on whose device, and what the user wants from the bot.</summary>
public static class FactExtractor
{
    private const People Connected = People.School | People.Staff | People.Pupils | People.Parents | People.Governors
        | People.Council | People.FormerPupils;

    // A negator reaches this many words forward ("without naming them", "no faces", "not identifiable").
    private const int NegationReach = 4;

    // Negated praise is criticism only close up: "not happy", "isn't very fair", "not good enough".
    private const int PraiseNegationReach = 2;

    internal const int UnreadWordsLimit = 2;

    private static readonly FrozenDictionary<string, Cue[]>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup =
        Lexicon.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    public static QuestionFacts Extract(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Extract(question, LanguageDetector.Detect(question));
    }

    // "Yn llwfrgi", "'n dwp": the word follows the "yn" that says what someone or something is.
    private static bool SaidOfSomeone(string question, string word)
    {
        var folded = WelshGlossary.Fold(question).ToLowerInvariant().Replace('\u2019', '\'');
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = folded[..at].TrimEnd();
            if (before.EndsWith(" yn", StringComparison.Ordinal) || before.EndsWith("'n", StringComparison.Ordinal) || before == "yn")
            {
                return true;
            }
        }

        return false;
    }

    // Whether every occurrence of a (folded, lower-case) word in the question starts with a capital.
    private static bool WrittenCapitalised(string question, string word)
    {
        var folded = WelshGlossary.Fold(question);
        var found = false;
        for (var at = folded.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var starts = at == 0 || !char.IsLetter(folded[at - 1]);
            var ends = at + word.Length == folded.Length || !char.IsLetter(folded[at + word.Length]);
            if (!starts || !ends)
            {
                continue;
            }

            if (!char.IsUpper(folded[at]))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>Reads a question already known to be in <paramref name="language"/>: Welsh is read through its English gloss.</summary>
    public static QuestionFacts Extract(string question, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(question);
        IReadOnlyList<string> unreadWords = [];
        var text = ToneReading.KeepLaughter(question, language == AnswerLanguage.Welsh ? ToneReading.KeepSarcasm(question, WelshGlossary.GlossNotingUnread(question, out unreadWords)) : question);
        var unread = unreadWords.Count;
        var tokens = TextNormalizer.Tokenize(text);
        var hits = FindCues(tokens);
        var facts = new Reading(tokens, hits).ToFacts();
        // Two unread words in a Welsh question can hide the word that decides it ("yn dwp", "yn sâl"). With the school's people
        // in it, one can: an unread word said of someone ("bod y pennaeth yn llwfrgi": that the head is a coward) may be the
        // judgement itself, unless it is capitalised ("cân Cyw", "Mrs Bevan": a name).
        var unreadJudgement = unreadWords.Any(w => !WrittenCapitalised(question, w) && SaidOfSomeone(question, w));
        return unread >= UnreadWordsLimit || (unreadJudgement && (facts.Mentioned & Connected & ~People.School) != 0) ? facts with { PartlyUnread = true } : facts;
    }

    internal static List<CueHit> FindCues(List<Token> tokens)
    {
        var hits = new List<CueHit>(tokens.Count * 2);
        Span<char> buffer = stackalloc char[256];
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            for (var length = Math.Min(Lexicon.MaxPhraseWords, tokens.Count - i); length >= 1 && matched == 0; length--)
            {
                if (tokens[i + length - 1].Clause != tokens[i].Clause)
                {
                    continue;
                }

                var written = Join(tokens, i, length, buffer);
                if (written > 0 && (PhraseLookup.TryGetValue(buffer[..written], out var cues)
                    || (length == 1 && TryInflected(buffer[..written], out cues))
                    || (length > 1 && !PhraseLookup.ContainsKey(tokens[i].Text) && TryInflectedFirstWord(buffer[..written], tokens[i].Text.Length, out cues))))
                {
                    foreach (var cue in cues)
                    {
                        hits.Add(new CueHit(cue, i, i + length, tokens[i].Clause, tokens[i].InDraft));
                    }

                    matched = length;
                }
            }

            // A phrase that ends on "my" or "the" ("call my", "ring the") leaves that word to start the next phrase too, so
            // "call my mum" reads as a call and as family, not as a call and a pupil's parent.
            i += matched > 1 && tokens[i + matched - 1].Text is "my" or "the" or "our" ? matched - 1 : Math.Max(matched, 1);
        }

        // "I run the chapel choir ... reply to the choir messages": once a group is said to be the asker's own, the same word
        // later is that group, not the school's.
        hits.RemoveAll(h => h.Cue is Cue.Pupils or Cue.PupilEvent
            && hits.Exists(own => own.Cue == Cue.Unconnected && own.End <= h.Start && own.End - own.Start > 1
                && tokens[own.End - 1].Text == tokens[h.End - 1].Text));

        // "Got a" is a picture taken only beside a picture word or "one of" ("got a lovely one of them"): "I've got a funeral",
        // "we got a new kid" are not.
        hits.RemoveAll(h => h.Cue == Cue.PhotographVerb && tokens[h.Start].Text == "got"
            && !hits.Exists(image => image.Cue == Cue.Image && image.Clause == h.Clause)
            && !tokens.Skip(h.End).Take(3).Any(t => t.Text is "one" or "ones"));
        return hits;
    }

    // Plurals and superlatives of known words read as the word: "tweets", "laziest", "rudest".
    private static bool TryInflected(Span<char> word, out Cue[] cues)
    {
        cues = [];
        if (word.Length <= 3)
        {
            return false;
        }

        if (word[^1] == 's' && PhraseLookup.TryGetValue(word[..^1], out cues!))
        {
            return true;
        }

        Span<char> stem = stackalloc char[word.Length + 1];
        foreach (var (suffix, replacement) in Inflections)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var baseLength = word.Length - suffix.Length;
                word[..baseLength].CopyTo(stem);
                replacement.AsSpan().CopyTo(stem[baseLength..]);
                if (PhraseLookup.TryGetValue(stem[..(baseLength + replacement.Length)], out cues!))
                {
                    return true;
                }
            }
        }

        cues = [];
        return false;
    }

    // "makes fun of", "laughed at": a phrase whose first word is inflected reads as the phrase.
    private static bool TryInflectedFirstWord(Span<char> phrase, int firstLength, out Cue[] cues)
    {
        cues = [];
        if (firstLength <= 3)
        {
            return false;
        }

        Span<char> stem = stackalloc char[phrase.Length];
        foreach (var suffix in FirstWordSuffixes)
        {
            if (firstLength > suffix.Length + 2 && phrase[..firstLength].EndsWith(suffix, StringComparison.Ordinal))
            {
                var baseLength = firstLength - suffix.Length;
                phrase[..baseLength].CopyTo(stem);
                phrase[firstLength..].CopyTo(stem[baseLength..]);
                if (PhraseLookup.TryGetValue(stem[..(phrase.Length - suffix.Length)], out cues!))
                {
                    return true;
                }
            }
        }

        cues = [];
        return false;
    }

    private static readonly string[] FirstWordSuffixes = ["s", "ed", "d"];

    private static readonly (string Suffix, string Replacement)[] Inflections = [("iest", "y"), ("ier", "y"), ("est", ""), ("est", "e")];

    private static int Join(List<Token> tokens, int start, int length, Span<char> buffer)
    {
        var position = 0;
        for (var k = start; k < start + length; k++)
        {
            var text = tokens[k].Text;
            if (position + text.Length + 1 > buffer.Length)
            {
                return 0;
            }

            if (k > start)
            {
                buffer[position++] = ' ';
            }

            text.AsSpan().CopyTo(buffer[position..]);
            position += text.Length;
        }

        return position;
    }

    /// <summary>The cues of one question, with the questions the facts ask of them.</summary>
    private sealed class Reading(List<Token> tokens, List<CueHit> hits)
    {
        private readonly bool _isDraft = tokens.Exists(t => t.InDraft);

        public QuestionFacts ToFacts()
        {
            var negators = hits.FindAll(h => h.Cue == Cue.Negator);
            // "Wouldn't name the school or any kid": a negation carries over "or"/"nor" to the next thing listed.
            bool Negated(CueHit hit) => negators.Exists(n => n.Clause == hit.Clause && n.Start < hit.Start
                && (hit.Start - n.End < NegationReach
                    || (hit.Start - n.End < 2 * NegationReach && Enumerable.Range(Math.Max(n.End, hit.Start - 3), hit.Start - Math.Max(n.End, hit.Start - 3))
                        .Any(k => tokens[k].Text is "or" or "nor"))));

            // In a quoted draft, the quote says what is posted and the rest says where and when.
            bool Content(CueHit h) => !_isDraft || h.InDraft;
            bool Frame(CueHit h) => !_isDraft || !h.InDraft;
            bool Has(Cue cue) => hits.Exists(h => h.Cue == cue && Content(h));
            bool HasInFrame(Cue cue) => hits.Exists(h => h.Cue == cue && Frame(h));
            bool HasAnywhere(Cue cue) => hits.Exists(h => h.Cue == cue);
            bool HasPlain(Cue cue) => hits.Exists(h => h.Cue == cue && Content(h) && !Negated(h));

            // "My school account is playing up, can I use my gmail": a broken school channel is not the one that would be used.
            var official = (hits.Exists(h => h.Cue == Cue.Official && !IsBroken(h)) || SchoolOwnedChannel()
                || (HasAnywhere(Cue.OnBehalf) && (HasAnywhere(Cue.Platform) || HasAnywhere(Cue.OnlineGeneric) || HasAnywhere(Cue.Blog)
                    || HasAnywhere(Cue.AccountOrPage) || HasAnywhere(Cue.PostVerb))))
                // "The class Instagram a parent set up" is not the school's channel, whatever it is called.
                && !HasAnywhere(Cue.NotOfficial)
                // "If I set up a class Instagram on my phone": a class account the asker would start is not one of the school's
                // channels until the school agrees to it; "the school's new account the head asked me to set up" is.
                && !SetsUpOwnClassAccount(Negated);
            var mentionsSocial = HasAnywhere(Cue.Platform) || HasAnywhere(Cue.OnlineGeneric) || HasAnywhere(Cue.Blog) || official;
            var (device, mentionsDevice) = Device();
            // A personal app going off ("my BeReal went off in the middle of maths") is using a device too.
            var usesDevice = HasInFrame(Cue.UseVerb) || HasInFrame(Cue.KeepPhone) || HasInFrame(Cue.MessageVerb) || mentionsDevice
                || (mentionsSocial && HasInFrame(Cue.PersonalActivity));
            // "In the classroom after school": the classroom is where, the time is after school.
            var placeOnly = hits.Exists(h => h.Cue == Cue.OwnTime && Frame(h))
                && hits.TrueForAll(h => h.Cue != Cue.Lessons || PlaceWords.Contains(tokens[h.End - 1].Text));
            // "After my duty finishes", "once my shift ends": the duty is over, so it is not working time.
            var dutyOver = hits.Exists(h => h.Cue is Cue.OwnTime or Cue.Break or Cue.SchoolDay && Frame(h) && Enumerable.Range(h.Start, h.End - h.Start).Any(k => tokens[k].Text is "duty" or "shift" or "club"));
            // "Not during lessons, just at lunch": a time said not to be the one is not when the user acts. "I'm not teaching" alone
            // still leaves working time.
            var otherTimeSaid = hits.Exists(h => h.Cue is Cue.Break or Cue.OwnTime && Frame(h) && !Negated(h));
            bool TimeCue(Cue cue) => hits.Exists(h => h.Cue == cue && Frame(h) && (!DescribesContent(h) || PartOfATime(h)) && !(cue == Cue.Lessons && placeOnly)
                && !(dutyOver && cue is Cue.Duty or Cue.Lessons or Cue.LessonActivity)
                // "I'm not on a break, but can I quickly check Facebook": a break denied is no break.
                && !(Negated(h) && (otherTimeSaid || cue == Cue.Break)));
            var time = Time(TimeCue, usesDevice);
            // "How her son is doing in maths" names a lesson as news, not as when the user acts; lessons or a duty said outright do.
            var workingTimeSaid = time == TimeOfUse.LessonsOrWorkingTime && (TimeCue(Cue.Lessons) || TimeCue(Cue.Duty));
            var content = ContentKinds(Has, h => HasPlain(h) && !(h == Cue.Confidential && OnlyOwnNews()));
            if (OwnNews())
            {
                content |= Answers.ContentKinds.PersonalLife;
            }
            // "Without putting up any photos of the children": a negated picture is not posted, nor is anyone in it.
            var negatedImages = hits.FindAll(h => h.Cue is Cue.Image or Cue.PhotographVerb && Negated(h));
            bool InNegatedImage(CueHit h) => negatedImages.Exists(i => h.Start >= i.End && h.Start - i.End <= 3 && h.Clause == i.Clause);
            var (about, unclearChildren, negatedPupils) = People(Content, h => Negated(h) || InNegatedImage(h));
            var age = StatedAge();
            bool? formerAdult = (about & Answers.People.FormerPupils) == 0 ? null
                : age is { } years ? years >= 18
                : HasAnywhere(Cue.ChildNow) ? false
                : HasAnywhere(Cue.Adult) ? true : null;
            // "A boy I had in reception years ago is now 19": no pupil of a primary school is an adult, so the pupil words describe a
            // former pupil and the class they were in. (Only on a stated adult age: "years ago" alone after reception could still
            // be a child in school.)
            // "Oh he's 22 now, left yonks ago" said after a question about an old pupil: a grown-up age of someone past, with nobody
            // else named and nothing said to be current or claimed.
            var saysGrownUpSinceLeaving = age >= 18 && about == Answers.People.None && tokens.Exists(t => PastPupilWords.Contains(t.Text))
                && !tokens.Exists(t => CurrentPupilWords.Contains(t.Text));
            if (age >= 18 && (about & Answers.People.Pupils) != 0 && PupilWordsDescribeTheFormerPupil(Content, Negated))
            {
                about = (about & ~Answers.People.Pupils) | Answers.People.FormerPupils;
                formerAdult = true;
            }

            if (formerAdult is null && HasAnywhere(Cue.ChildNow) && (about & Answers.People.Pupils) != 0)
            {
                // "A girl who left Y6 last July is in Year 7 now": left, but still a child.
                about = (about & ~Answers.People.Pupils) | Answers.People.FormerPupils;
                formerAdult = false;
            }

            var hasImage = hits.Exists(h => h.Cue is Cue.Image or Cue.PhotographVerb && !Negated(h));

            var activities = Activities.None;
            // Writing reports on a laptop or fixing the printer is school work, not personal use, unless social media comes into it.
            // Showing a video to the class is work too, as long as nothing is posted, messaged or followed.
            // A meme or a joke posted is not school work, whatever school task it is about ("a meme about marking").
            var workUse = HasAnywhere(Cue.WorkTask) && !(HasAnywhere(Cue.PostVerb) && HasPlain(Cue.Humour)) && (!mentionsSocial
                || (!HasAnywhere(Cue.PostVerb) && !HasInFrame(Cue.MessageVerb) && !HasInFrame(Cue.ConnectVerb) && !_isDraft));
            var personalUse = HasInFrame(Cue.UseVerb) && (mentionsSocial || mentionsDevice || HasInFrame(Cue.Phone)) && !workUse;
            if (personalUse)
            {
                activities |= Answers.Activities.PersonalUse;
            }

            if (HasInFrame(Cue.KeepPhone))
            {
                activities |= Answers.Activities.KeepPhoneNearby;
            }

            var message = HasInFrame(Cue.MessageVerb);
            // "The speaker doesn't connect", "I won't add them": a connection said not to happen is not one.
            var connect = hits.Exists(h => h.Cue == Cue.ConnectVerb && Frame(h) && !Negated(h));
            if (message)
            {
                activities |= Answers.Activities.Message;
            }

            if (connect)
            {
                activities |= Answers.Activities.Connect;
            }

            if (hits.Exists(h => h.Cue == Cue.PhotographVerb && !Negated(h)))
            {
                activities |= Answers.Activities.TakePhotos;
            }

            var keepsBlog = (HasAnywhere(Cue.Blog) || HasAnywhere(Cue.AccountOrPage) || HasAnywhere(Cue.Platform))
                && hits.Exists(h => h.Cue == Cue.HaveVerb && hits.Exists(b => (b.Cue is Cue.Blog or Cue.AccountOrPage or Cue.Platform) && b.Start > h.Start && b.Start - h.End <= 3
                    // "Make a joke on Facebook": something made on a platform is a post there, not an account kept.
                    && !Enumerable.Range(h.End, Math.Max(0, b.Start - h.End)).Any(k => tokens[k].Text is "on" or "onto" or "to" or "in")));
            if (keepsBlog)
            {
                activities |= Answers.Activities.KeepBlogOrAccount;
            }

            // "Fb on my phone at lunch in the staffroom": with a device named, a place or a person alone is where or with whom it
            // is used, not something posted.
            var substance = content != Answers.ContentKinds.None || hasImage
                || (about != Answers.People.None && !(HasAnywhere(Cue.Phone) || HasAnywhere(Cue.Device)));
            var viewing = HasInFrame(Cue.ViewVerb);
            // A review (Google, Glassdoor, Indeed) is a public post under the reviewer's name.
            if (HasAnywhere(Cue.PostVerb) || _isDraft || HasAnywhere(Cue.Review) || (mentionsSocial && substance && !message && !connect && !keepsBlog && !viewing && !workUse && !HasInFrame(Cue.UseVerb) && !HasAnywhere(Cue.TeachingUse)))
            {
                activities |= Answers.Activities.Post;
            }

            // A video shown to the class for teaching is watched, not posted: the picture rules are not about it.
            hasImage &= !workUse || activities.HasFlag(Answers.Activities.Post);

            // A post on TikTok or YouTube is a video: "can I put it on TikTok" about a pupil's dance is a video of the pupil.
            if (!hasImage && activities.HasFlag(Answers.Activities.Post) && tokens.Exists(t => t.Text is "tiktok" or "youtube" or "reel" or "reels" or "vlog")
                && (about & (Answers.People.Pupils | Answers.People.Staff)) != 0)
            {
                hasImage = true;
            }

            // Whom the user would be talking to is said in the frame of the question, not in a quoted reply.
            var contactPeople = _isDraft ? People(_ => true, Negated).About : about;
            var contactWith = message || connect ? contactPeople & ~Answers.People.School : Answers.People.None;
            // "Message his son directly", "add her daughter": the child is whom the contact is with.
            bool ChildAt(int k) => k + 1 < tokens.Count && tokens[k].Text is "her" or "his" or "their" or "the" && ChildWords.Contains(tokens[k + 1].Text);
            var childContacted = hits.Exists(v => v.Cue is Cue.MessageVerb or Cue.ConnectVerb
                && tokens[v.End - 1].Text is not ("asking" or "asked" or "ask" or "asks")
                // "Tell them their child was upset": the verb already has its person; the child is what is said.
                && tokens[v.End - 1].Text is not ("them" or "him" or "her" or "me" or "us")
                && (ChildAt(v.End) || (v.End < tokens.Count && tokens[v.End].Text is "with" or "to" && ChildAt(v.End + 1))));
            if (contactWith.HasFlag(Answers.People.Parents) && contactWith.HasFlag(Answers.People.Pupils) && !childContacted
                && hits.TrueForAll(c => (c.Cue != Cue.Pupils && !(c.Cue == Cue.Family && IsSomeoneElsesChild(c)))
                    || (c.Start > 0 && (tokens[c.Start - 1].Text is "their" or "her" or "his" || ChildWords.Contains(tokens[c.Start - 1].Text)))))
            {
                // "Message a parent to say their kid had a great day": the child is what it is about; the parent is whom it is with.
                contactWith &= ~Answers.People.Pupils;
            }

            if (contactWith.HasFlag(Answers.People.Parents) && contactWith.HasFlag(Answers.People.Pupils)
                && hits.Exists(p => p.Cue == Cue.Parents && hits.Exists(c => c.Cue == Cue.Pupils && Math.Abs(c.Start - p.Start) <= 3
                    && !ChildWords.Contains(tokens[c.Start].Text)))
                && !childContacted
                && !hits.Exists(h => h.Cue is Cue.ConnectVerb or Cue.MessageVerb && tokens.Skip(h.End).Take(2).Any(t => t.Text is "him" or "her" or "them")))
            {
                // "A dad from Reception", "the Year 2 parents' WhatsApp": the class only says whose parent it is.
                contactWith &= ~Answers.People.Pupils;
            }
            // "My own children, at another school in Cardiff": family, not pupils here.
            if (HasAnywhere(Cue.OtherSchool) && (HasAnywhere(Cue.Family) || HasAnywhere(Cue.Relative) || HasAnywhere(Cue.MyChildren))
                && !hits.Exists(h => h.Cue == Cue.Pupils && tokens[h.Start].Text is "pupil" or "pupils" or "class" or "learners"))
            {
                about = (about & ~(Answers.People.Pupils | Answers.People.School)) | Answers.People.Family;
                unclearChildren = false;
            }

            // "A pic of the team (all staff)": a team said to be staff is colleagues, not a pupils' team.
            if (about.HasFlag(Answers.People.Pupils) && StaffTeamOnly())
            {
                about = (about & ~Answers.People.Pupils) | Answers.People.Staff;
            }

            var inImage = hasImage ? about & ~(Answers.People.School | Answers.People.Council) : Answers.People.None;
            if (hasImage && tokens.Exists(t => t.Text is "selfie" or "selfies"))
            {
                inImage |= Answers.People.Self;
            }

            if (hits.Exists(o => o.Cue == Cue.OtherPoster))
            {
                // "My wife wants to post the photos": the one posting is not in the picture.
                inImage &= ~Answers.People.Family;
            }
            if (hasImage && (HasAnywhere(Cue.ObjectOrFood) || HasAnywhere(Cue.Self)))
            {
                inImage |= Answers.People.Self;
            }

            // "A picture of their artwork", "a photo of a child's work": the picture is of the pupils' work, and the
            // pupils only say whose work it is. (Said outside a quoted caption too, since the picture goes with the post.)
            if (hasImage && PictureOfPupilsWorkOnly())
            {
                inImage &= ~Answers.People.Pupils;
                content |= Answers.ContentKinds.PupilWork;
            }
            else if (hasImage && HasAnywhere(Cue.PupilWork) && (OthersFacesNamed() || PeopleWithTheWork()))
            {
                // "Their artwork, faces blurred", "them standing by the display": people in a picture of pupils' work are pupils.
                inImage |= Answers.People.Pupils;
            }

            // A laugh beside a picture of a pupil's work ("his book, no name on it 😂") is a laugh at the pupil's work.
            if (hasImage && (content.HasFlag(Answers.ContentKinds.PupilWork) || HasAnywhere(Cue.PupilWork)) && (HasAnywhere(Cue.Humour) || HasAnywhere(Cue.Embarrassing)))
            {
                content |= Answers.ContentKinds.Humour;
            }

            var identifiable = Identifiable(Negated, negatedPupils && hasImage && negatedImages.Count == 0);
            // "Nobody in it… with the kids' faces in the windows", "no kids in it, except their faces": what follows takes the
            // "nobody" back, and the faces are in the picture.
            var takesNobodyBack = FacesShownAfterAll(Negated);
            // "I don't think any kids were in shot", "hopefully nobody's in it": a hedge says the asker doesn't know.
            var hedgedNobody = hasImage && HedgesWhoIsInIt(negators);
            if (hedgedNobody && identifiable == false)
            {
                identifiable = null;
            }

            if (takesNobodyBack)
            {
                identifiable = true;
                inImage |= hasImage ? Answers.People.Pupils : Answers.People.None;
            }

            var permission = hits.Find(h => h.Cue == Cue.Permission);
            bool? hasPermission = permission.Cue == Cue.Permission && hits.Exists(h => h.Cue == Cue.Permission) ? !Negated(permission) : null;
            // "She doesn't know I took it", "one of them said no": the people in it have not agreed.
            if (HasAnywhere(Cue.NoAgreement))
            {
                hasPermission = false;
            }

            // "Not sure if they all have photo permission", "not everyone has consent": permission is not established.
            if (hasPermission == true && hits.Exists(u => u.Cue == Cue.Uncertain && u.Clause == permission.Clause && u.Start < permission.Start && permission.Start - u.End <= 8))
            {
                hasPermission = false;
            }

            // "Some of the parents have given permission but not all", "everyone except one": permission for some is not for all.
            if (hasPermission == true && PermissionOnlyForSome(permission))
            {
                hasPermission = false;
            }

            if (hasPermission == true && hits.Exists(p => p.Cue == Cue.Permission && PermissionOnlyForSchoolChannels(p)))
            {
                // Consent the school collected for its website or newsletter is not consent for a personal account.
                hasPermission = null;
            }
            var nobodyNamed = (hits.Exists(h => h.Cue is Cue.Unidentifiable or Cue.NamesHidden) || hits.Exists(h => h.Cue == Cue.Name && Negated(h)))
                && !WorkOwnerNamed();

            // "The dog is ill": a pet's illness is not, by itself, the urgent family matter item 2 excepts.
            // "My sister's wedding plans, it's urgent": plans and bookings are not the urgent family matter item 2 excepts.
            // ("At dinner time", "on dinner duty": the school's lunch hour, not a dinner being planned.)
            // "I ring my childminder every day at 10.30": a call made as a routine is not the urgent family matter item 2 excepts.
            // "Waiting for a call from the garage", "expecting to hear about the house": a call awaited on one's own business, with no
            // family in it, is not a family matter, however urgent it feels.
            var ownBusinessCall = tokens.Exists(t => OwnBusinessWords.Contains(t.Text)) && !HasAnywhere(Cue.Family) && !HasAnywhere(Cue.MyChildren);
            var urgentFamily = !SaysRoutine() && !EmergencyIsSomeoneElsesAtSchool() && (HasAnywhere(Cue.Urgent) && !ownBusinessCall && !Enumerable.Range(0, tokens.Count).Any(k => PlanWords.Contains(tokens[k].Text)
                    && !(tokens[k].Text == "dinner" && k + 1 < tokens.Count && tokens[k + 1].Text is "time" or "duty" or "break" or "hall" or "lady" or "ladies")))
                || (hits.Exists(i => i.Cue == Cue.Illness && !AnyWordIn(i.Start - 3, i.Start, PetWords.Contains))
                    && (HasAnywhere(Cue.Family) || HasAnywhere(Cue.MyChildren)));
            if (urgentFamily && unclearChildren)
            {
                unclearChildren = false;
                about = (about & ~Answers.People.Pupils) | Answers.People.Family;
            }

            // "My child is ill at nursery and they've rung": the nursery is the family's, not a class of this school's pupils.
            var familySetting = urgentFamily && (about & Answers.People.Family) != 0 && !hasImage && !activities.HasFlag(Answers.Activities.Post)
                && hits.Exists(h => h.Cue == Cue.Pupils && FamilySettingWords.Contains(tokens[h.Start].Text))
                && hits.TrueForAll(h => h.Cue != Cue.Pupils || (h.End - h.Start == 1 && FamilySettingWords.Contains(tokens[h.Start].Text)));
            if (familySetting)
            {
                about &= ~Answers.People.Pupils;
                contactWith &= ~Answers.People.Pupils;
            }

            // "Another TA put a pic…, what do I do": someone else acted and the asker asks what to do about it.
            var othersActAndAskerSeeksHelp = OtherPersonActed() && AsksWhatToDo();
            var someoneElse = hits.Exists(t => t.Cue is Cue.ThirdParty or Cue.Staff or Cue.Pupils or Cue.Parents or Cue.Governors && Frame(t)
                && hits.Exists(a => a.Cue == Cue.ThirdPartyAction && a.Start >= t.Start && a.Start - t.End <= 4))
                || ThirdPersonConduct() || othersActAndAskerSeeksHelp;
            var asks = Topics(HasInFrame, content, hasImage);
            if (AsksWhatWordsMean())
            {
                asks |= PolicyTopics.RulesOnTopic;
            }

            // "Before I worked here I posted…, does that count?": whether the policy reaches back, asked about the policy.
            var postedBeforeEmployment = PastPosts.MadeBeforeEmployment(tokens);
            if (postedBeforeEmployment)
            {
                asks |= PolicyTopics.Scope;
            }
            if (AsksWhatPolicyIsFor())
            {
                asks |= PolicyTopics.Purpose;
            }
            var requested = RequestedSections();
            if (requested.Count > 0)
            {
                asks |= PolicyTopics.ShowSections;
            }

            // A pupil who messages or follows the user is asking the user to act, not a conduct to report.
            var pupilContactingMe = (message || connect) && (about & (Answers.People.Pupils | Answers.People.FormerPupils)) != 0
                && (about & (Answers.People.Staff | Answers.People.Parents)) == 0 && !hits.Exists(h => h.Cue == Cue.Report || SaysTell(h));
            // "Can that screenshot be used?": a question about evidence, not a concern being raised.
            var asksIfUsable = AnyPair(w => w == "be", w => w is "used" or "admissible")
                && HasAnywhere(Cue.Evidence);
            var report = !asksIfUsable && (othersActAndAskerSeeksHelp && !pupilContactingMe)
                || !asksIfUsable && !pupilContactingMe && !Hypothetical() && (hits.Exists(h => h.Cue == Cue.Report && Frame(h) && !IsReportNoun(h) && !Negated(h))
                || (someoneElse && (HasInFrame(Cue.HelpSeeking) || (HasAnywhere(Cue.AboutMe) && (content & Harmful) != 0)
                    || (!AsksAboutOwnAction() && asks == PolicyTopics.None))));
            // "Can I congratulate her on Facebook?", "a friend posted a meme and I want to share it": the asker asks about an act of
            // their own, not how to raise someone else's; only words of reporting, or a post attacking the asker, make it a concern.
            if (report && (QuestionShape.AsksOrMeansToDo(tokens, hits) || QuestionShape.ConfirmsOwnAct(tokens, hits))
                && !hits.Exists(h => (h.Cue == Cue.Report || AsksWhomToTell(h)) && !Negated(h))
                && !(HasAnywhere(Cue.AboutMe) && (content & Harmful) != 0))
            {
                report = false;
            }

            // Someone else's post reported ("screenshot a colleague's post and send it to the head") or answered in the school's
            // defence: the derogatory words are theirs, not the asker's (ToneReading).
            var responseToOthersPost = asksIfUsable || pupilContactingMe ? ResponseToOthersPost.None : ToneReading.ResponseToOthersPost(tokens, hits);
            if (responseToOthersPost == ResponseToOthersPost.Report)
            {
                report = true;
            }

            someoneElse |= responseToOthersPost != ResponseToOthersPost.None;
            // "If someone reports one of my posts, do I see the screenshots?": the asker's own post is what is reported, so the question
            // is what happens with the evidence, not a concern to raise.
            if (OwnPostTakenUp())
            {
                someoneElse = false;
                report = false;
                asks |= PolicyTopics.Evidence;
                // "Reports" here is the verb, not pupils' school reports.
                if (hits.TrueForAll(h => h.Cue != Cue.Confidential || Lexicon.TakeUpVerbs.Contains(tokens[h.Start].Text)))
                {
                    content &= ~Answers.ContentKinds.Confidential;
                }
            }

            if (report)
            {
                // "Report a breach" asks for the concern flow, not for the consequences of breaching.
                asks &= ~PolicyTopics.Consequences;
            }

            var place = HasAnywhere(Cue.Trip) ? ImagePlace.TripOrOffSiteActivity
                : HasAnywhere(Cue.HomePlace) ? ImagePlace.Elsewhere
                : hits.Exists(h => h.Cue == Cue.Premises && !SaysWhereSomeoneIsFrom(h)) ? ImagePlace.SchoolPremises : ImagePlace.Unknown;

            // Concepts of issue 10.
            bool Plain(Cue cue) => hits.Exists(h => h.Cue == cue && !Negated(h));
            var endorses = HasAnywhere(Cue.Endorse);
            if (endorses && (mentionsSocial || HasAnywhere(Cue.Petition) || HasAnywhere(Cue.PostVerb)))
            {
                activities |= Answers.Activities.Post;
            }

            if (HasAnywhere(Cue.Petition))
            {
                content |= Answers.ContentKinds.Campaign;
            }

            if (HasAnywhere(Cue.Humour))
            {
                content |= Answers.ContentKinds.Humour;
            }

            if (HasAnywhere(Cue.SchoolNews))
            {
                content |= Answers.ContentKinds.SchoolNews;
            }

            // "I'm pregnant, the kids don't know yet": one's own news kept back is still one's own to tell.
            var toldInConfidence = Plain(Cue.InConfidence) && !OnlyOwnNews();
            if (toldInConfidence)
            {
                content |= Answers.ContentKinds.Confidential;
            }

            if (Plain(Cue.Complaint) && (about & (Connected | Answers.People.Inspectorate)) != 0)
            {
                content |= Answers.ContentKinds.Derogatory;
            }

            var campaignAgainst = HasAnywhere(Cue.Petition) && HasAnywhere(Cue.Against)
                ? about & (Answers.People.School | Answers.People.Council | Answers.People.Governors | Answers.People.Staff)
                : Answers.People.None;
            // "Play songs from YouTube to the kids", "chwarae cerddoriaeth i'r plant": music played to the class is for the lesson, as
            // "for the children" already is. Only a playing verb with the pupils as its hearers counts; listening oneself does not.
            var playsMusicToPupils = Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(m => MusicWords.Contains(tokens[m].Text)
                && Enumerable.Range(Math.Max(0, m - 4), Math.Min(4, m)).Any(k => tokens[k].Text is "play" or "playing" or "plays" && tokens[k].Clause == tokens[m].Clause)
                && hits.Exists(p => p.Cue == Cue.Pupils && p.Clause == tokens[m].Clause && p.Start > m && p.Start - m <= 6 && !Negated(p)
                    && (tokens[p.Start - 1].Text == "to" || (p.Start >= 2 && tokens[p.Start - 2].Text == "to" && tokens[p.Start - 1].Text is "the" or "my" or "our"))));
            var teaching = HasAnywhere(Cue.TeachingUse) || ForALesson() || playsMusicToPupils;
            // "Teams, it's not social media right?": social media said not to be in it is not being used.
            var socialNamed = HasAnywhere(Cue.Platform) || HasAnywhere(Cue.Blog) || official
                || hits.Exists(h => h.Cue == Cue.OnlineGeneric && !Negated(h));
            // "My sister is messaging me updates on WhatsApp": in an urgent family matter a messaging app is how the family reaches you.
            var familyMessaging = urgentFamily && hits.Exists(h => h.Cue == Cue.Platform)
                && hits.TrueForAll(h => h.Cue != Cue.PostVerb || ReportedSpeech.Contains(tokens[h.Start].Text))
                && hits.TrueForAll(h => h.Cue != Cue.Platform || Enumerable.Range(h.Start, h.End - h.Start).Any(k => MessagingApps.Contains(tokens[k].Text)));
            // Something personal named outright ("scroll Instagram", "my banking") stays personal beside a teaching reason.
            // ("Read my WhatsApp messages if there's a family emergency": the family's messages are the matter, not personal use.)
            // (Only with nobody from school in it: "reply to the PTA WhatsApp, there's a family emergency" is not the family's.)
            var familyOnlyMessaging = familyMessaging
                && !hits.Exists(h => h.Cue is Cue.Parents or Cue.Pupils or Cue.Staff or Cue.Governors or Cue.Council or Cue.School or Cue.ThirdParty
                    && !(h.Cue == Cue.Staff && IsTheAskersRole(h)));
            bool Personal(CueHit h) => h.Cue == Cue.PersonalActivity && Frame(h)
                && !(familyOnlyMessaging && Enumerable.Range(h.Start, h.End - h.Start).All(k => FamilyMessageWords.Contains(tokens[k].Text)));
            var personalPurpose = hits.Exists(h => Personal(h) && !IsLessonMusic(h))
                || ((hits.Exists(Personal) || ((CheckingThePhone() || HasInFrame(Cue.PersonalContact)) && !urgentFamily)
                || (socialNamed && !familyMessaging && (HasInFrame(Cue.UseVerb) || HasInFrame(Cue.ViewVerb)))
                || (socialNamed && !familyMessaging && mentionsDevice && !HasAnywhere(Cue.PostVerb) && !message && !connect))
                && !teaching);
            // Posting on a personal site in lessons or working time is personal use of the time, whatever prompted it.
            // ("During lessons", "while I'm teaching": said as when the user would post, not where a picture was taken.)
            // (So is replying on a personal messaging app then: "reply to the PTA WhatsApp during lessons".)
            if (time == TimeOfUse.LessonsOrWorkingTime && (activities & (Answers.Activities.Post | Answers.Activities.Message)) != 0
                && hits.Exists(h => h.Cue is Cue.Platform or Cue.OnlineGeneric && !Negated(h))
                && !official && !teaching && !_isDraft && !familyOnlyMessaging
                && hits.Exists(h => h.Cue == Cue.Lessons && Frame(h) && !Negated(h) && tokens[h.Start].Text is "during" or "while" or "whilst" or "mid" or "midlesson"))
            {
                personalPurpose = true;
            }
            if (personalPurpose && (mentionsDevice || HasInFrame(Cue.Phone)))
            {
                activities |= Answers.Activities.PersonalUse;
            }

            // Using the school's own channel on a device is school business, unless something personal is named too.
            // ("On my phone" says which device, not that the phone is checked.)
            if (official && !HasInFrame(Cue.PersonalActivity) && !hits.Exists(h => h.Cue == Cue.CheckPhone && Frame(h) && tokens[h.Start].Text != "on"))
            {
                personalPurpose = false;
                activities &= ~Answers.Activities.PersonalUse;
            }

            // "Log into my own Insta on the class iPad to show the kids": a personal account on the school's system is private use
            // of it, whatever the reason for opening it.
            if (device == DeviceOwner.SchoolSystem && PersonalAccount())
            {
                personalPurpose = true;
                workUse = false;
            }

            if (teaching && !personalPurpose)
            {
                workUse = true;
                activities &= ~Answers.Activities.PersonalUse;
                // "Put a timer on the board", "put a YouTube video on the whiteboard": putting something up for the class on a
                // classroom screen publishes nothing.
                // (A video site is only a source when a screen is where it goes: anything else named is a place to post.)
                if ((!socialNamed || (hits.Exists(h => h.Cue is Cue.Device or Cue.SchoolSystem && IsClassroomScreen(h)) && !HasAnywhere(Cue.AccountOrPage)
                        && !official && !HasAnywhere(Cue.Blog) && hits.TrueForAll(h => h.Cue != Cue.Platform || tokens[h.Start].Text is "youtube" or "vimeo")))
                    && !_isDraft && !HasAnywhere(Cue.Review) && !HasAnywhere(Cue.Endorse)
                    && hits.TrueForAll(h => h.Cue != Cue.PostVerb || tokens[h.Start].Text == "put"))
                {
                    activities &= ~Answers.Activities.Post;
                    // A video shown to the class is watched, not posted; a photo taken is still a photo.
                    hasImage &= hits.Exists(h => h.Cue == Cue.PhotographVerb && !Negated(h));
                    inImage = hasImage ? inImage : Answers.People.None;
                }
            }

            // "The nursery rang, my little one is ill, I'm in with my 1:1": the pupils are whom the user is with, the call is family.
            if (urgentFamily && contactWith.HasFlag(Answers.People.Family) && !personalPurpose)
            {
                contactWith &= ~Answers.People.Pupils;
            }

            // "My brother is updating me on WhatsApp": in a family emergency the family's messaging app carries messages, not posts.
            if (familyMessaging && !HasAnywhere(Cue.PostVerb) && !_isDraft && !HasAnywhere(Cue.Endorse))
            {
                activities &= ~Answers.Activities.Post;
            }

            // "The school messaged saying he's been hurt", "text the family chat to say I'm thinking of them": what a message
            // says is not a post.
            if (urgentFamily && hits.Exists(h => h.Cue == Cue.PostVerb)
                && hits.TrueForAll(h => h.Cue != Cue.PostVerb || (ReportedSpeech.Contains(tokens[h.Start].Text)
                    && hits.Exists(m => m.Cue is Cue.MessageVerb or Cue.ThirdPartyAction && m.End <= h.Start && h.Start - m.End <= 6 && m.Clause == h.Clause))))
            {
                activities &= ~Answers.Activities.Post;
            }

            var pupilIsRelative = HasAnywhere(Cue.Relative) && (about & (Answers.People.Pupils | Answers.People.Family)) != 0;
            var postedByOther = hits.Exists(o => o.Cue == Cue.OtherPoster && hits.Exists(v => v.Cue is Cue.PostVerb or Cue.Endorse && v.Start > o.Start && v.Start - o.End <= 4));
            var facesHidden = !takesNobodyBack && (hits.Exists(h => h.Cue == Cue.Unidentifiable) || hits.Exists(h => h.Cue == Cue.Face && Negated(h)));
            // "Their faces aren't in it, just backs of heads": the faces are out, the pupils are still in the picture.
            var onlyFacesOut = hits.Exists(h => h.Cue == Cue.Face && Negated(h))
                || hits.Exists(h => h.Cue == Cue.Unidentifiable && Enumerable.Range(h.Start, h.End - h.Start).Any(k => tokens[k].Text is "behind" or "backs" or "blurred" or "emoji" or "emojis" or "covered" or "cropped"));
            var noPupilsInImage = hasImage && !takesNobodyBack && !hedgedNobody && ((Plain(Cue.NoPeople) && !(onlyFacesOut && !negatedPupils && (about & Answers.People.Pupils) != 0)) || negatedPupils);
            // "Covered all the names on the pegs": names said to be hidden are not on show; any other names still are.
            var namesVisible = hits.Exists(h => h.Cue == Cue.NamesShown && !Negated(h) && !HiddenNames(h))
                || (PupilsPhotosOnDisplay() && !hits.Exists(h => h.Cue == Cue.NamesHidden && !Negated(h)));
            var setsUp = hits.Exists(u => u.Cue == Cue.SetUp && hits.Exists(a => a.Cue is Cue.AccountOrPage or Cue.Platform or Cue.Blog or Cue.Official && Math.Abs(a.Start - u.Start) <= 6));
            if (setsUp)
            {
                activities |= Answers.Activities.KeepBlogOrAccount;
            }

            // Safety facts for the permit gate: the whole message, frame and quote alike.
            var criticalTone = hits.Exists(h => h.Cue is Cue.Derogatory or Cue.Defamatory or Cue.Complaint or Cue.CriticalHint or Cue.Discriminatory or Cue.Threatening
                && !Negated(h)) || NegatedPraise();
            var sensitive = hits.Exists(h => h.Cue is Cue.Confidential or Cue.Sensitive or Cue.Incident or Cue.InConfidence && !Negated(h) && !IsOwnNews(h));
            var mentioned = People(_ => true, h => Negated(h) || InNegatedImage(h)).About;
            // "Teachers deserve better pay", "TAs are paid peanuts": the profession and its pay, not this school's people. Item 4
            // protects the school, its staff and pupils; a view on national pay names none of them.
            var namesPay = tokens.Exists(t => PayWords.Contains(t.Text));
            var aboutTheProfession = AboutTheProfession(about | mentioned, namesPay || content.HasFlag(Answers.ContentKinds.Humour))
                || (namesPay && PayWithTheSchoolRuledOut(about | mentioned));
            var aboutPay = aboutTheProfession && namesPay;
            if (aboutTheProfession)
            {
                about = (about & ~Answers.People.Staff) | Answers.People.Unconnected;
                mentioned = (mentioned & ~Answers.People.Staff) | Answers.People.Unconnected;
            }
            // A joke about teaching life with nobody as its butt: the profession, not anyone here (ToneReading).
            if (!hasImage && !NamesSomeone(mentioned) && ToneReading.IsGeneralHumour(tokens, hits))
            {
                about = (about & ~(Answers.People.Staff | Answers.People.Pupils)) | Answers.People.Unconnected;
                mentioned = (mentioned & ~(Answers.People.Staff | Answers.People.Pupils)) | Answers.People.Unconnected;
                content = (content & ~Answers.ContentKinds.Derogatory) | Answers.ContentKinds.Humour;
            }

            // A moan or a joke about a thing (a broken microwave, a meeting that ran late, the staffroom coffee), naming nobody but
            // whom the place belongs to (MoanReading, ThingJokeReading): not about the school's people, nothing confidential in it.
            var moanAboutAThing = !hasImage && !NamesSomeone(mentioned)
                && (MoanReading.IsMoanAboutAThing(tokens, hits, Negated) || ThingJokeReading.IsJokeAboutAThing(tokens, hits, Negated));
            if (moanAboutAThing)
            {
                about &= ~PolicyRules.Community;
                mentioned &= ~PolicyRules.Community;
                content &= ~(Answers.ContentKinds.Derogatory | Answers.ContentKinds.Confidential | Answers.ContentKinds.Incident);
                criticalTone = false;
                sensitive = false;
            }

            // The Council or an inspectorate criticised, the school ruled out: the wording decides, not the subject (ToneReading).
            var beyondTheSchool = !hasImage && ToneReading.IsCriticismBeyondTheSchool(tokens, hits);
            if (beyondTheSchool)
            {
                about &= ~Answers.People.School;
                mentioned &= ~Answers.People.School;
            }

            // Pictures taken for the class's learning platform (Dojo, Seesaw, Tapestry) are pictures of the class: shared anywhere
            // else, pupils are presumed in them.
            var pupilsPresumed = hasImage && (hits.Exists(h => h.Cue == Cue.PupilEvent && !Negated(h))
                    || (hits.Exists(h => h.Cue == Cue.Official && Enumerable.Range(h.Start, h.End - h.Start).Any(k => ClassPlatforms.Contains(tokens[k].Text)))
                        && HasAnywhere(Cue.Platform)))
                && !noPupilsInImage && !Plain(Cue.NoPeople) && !negatedPupils && !hits.Exists(h => h.Cue == Cue.Unidentifiable && tokens[h.Start].Text is "empty" or "nobody");

            if (familySetting)
            {
                mentioned &= ~Answers.People.Pupils;
            }

            var facts = new QuestionFacts
            {
                CriticalTone = criticalTone,
                SensitiveMatter = sensitive,
                PrivateMatter = hits.Exists(h => h.Cue == Cue.PrivateMatter && Content(h) && !Negated(h) && !IsOwnNews(h)),
                Mentioned = mentioned,
                NamesSomeone = NamesSomeone(mentioned),
                PupilsPresumedInImage = pupilsPresumed,
                Endorses = endorses,
                IsObjectPicture = hasImage && HasAnywhere(Cue.ObjectOrFood),
                TakesNobodyBack = takesNobodyBack,
                MayNameSomeone = ToneReading.MayNameSomeone(tokens),
                AsksIfReporterKnown = AsksIfReporterKnown(),
                PeopleTalkedAbout = PeopleAfterAbout(),
                Live = tokens.Exists(t => t.Text is "livestream" or "livestreaming" or "livestreams" or "twitch" or "streaming" or "stream")
                    || AnyPair(w => w is "go" or "going" or "went" or "gone", w => w == "live"),
                AddsToShared = AnyPair(w => w is "and" or "then" or "plus", w => w is "add" or "say" or "mention" or "point" or "tell" or "put" or "write" or "also"),
                PupilUsesTheAccount = (mentioned & Answers.People.Pupils) != 0 && PupilOnTheParentsAccount(),
                TalksAboutOtherFamilies = Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).Any(k => tokens[k].Text is "about" or "gossip" or "gossiping"
                    && tokens[k + 1].Text is "the" or "other" && tokens[k + 2].Text is "other" or "parents" or "families" or "mums" or "dads"),
                SameDeviceAsBefore = AnyPair(w => w == "same", w => w is "computer" or "laptop" or "ipad" or "tablet" or "device" or "pc" or "screen" or "whiteboard"),
                TheirSiblingIsAPupil = mentioned.HasFlag(Answers.People.Pupils) && TheirSibling(),
                ImageOfClassroom = hasImage && tokens.Exists(t => ClassroomWords.Contains(t.Text)),
                MentionsPhone = HasAnywhere(Cue.Phone),
                MentionsPersonalPlatform = HasAnywhere(Cue.Platform),
                CampaignAgainst = campaignAgainst,
                PersonalPurpose = personalPurpose,
                AlreadyPublic = (hits.Exists(h => h.Cue == Cue.AlreadyPublic && !Negated(h) && !BeforeOrUntil(h)) || SharesAnOrganisationsPost()) && !HasAnywhere(Cue.NotYetAnnounced),
                PupilIsRelative = pupilIsRelative,
                OtherChildrenToo = hits.Exists(h => h.Cue == Cue.OtherChildren && !Negated(h)) || (hasImage && PictureOfAGroupOfPupils()),
                OnlyThoseNamed = hits.Exists(h => h.Cue == Cue.OnlyThem && !Negated(h)),
                SaysGrownUpSinceLeaving = saysGrownUpSinceLeaving,
                // "Funny", "daft" or "a meme" make a joke, not an embarrassment; "drunk", "hungover" or "asleep" do.
                MoreThanFunny = hits.Exists(h => h.Cue == Cue.Embarrassing && !Negated(h)
                    && !Enumerable.Range(h.Start, h.End - h.Start).Any(k => tokens[k].Text is "funny" or "silly" or "daft" or "meme" or "memes")),
                NamesAnotherPolicysTopic = HasAnywhere(Cue.OtherPolicyTopic),
                AsksIfBreach = HasAnywhere(Cue.IsItABreach),
                AsksToDo = QuestionShape.AsksToDo(tokens, hits),
                ConfirmsOwnAct = QuestionShape.ConfirmsOwnAct(tokens, hits) && !postedBeforeEmployment,
                PostedBeforeEmployment = postedBeforeEmployment,
                EmailOnly = QuestionShape.EmailOnly(tokens, hits),
                AsksBotForTask = QuestionShape.AsksBotForTask(tokens),
                AboutPay = aboutPay,
                AsksForAccountHelp = HasAnywhere(Cue.AccountHelp) && !HasInFrame(Cue.PostVerb) && !message && !connect,
                ParentsOwnChild = AnyPair(w => w is "her" or "his" or "their",
                    w => w is "son" or "sons" or "daughter" or "daughters" or "child" or "childs" or "kid" or "kids" or "boy" or "girl" or "little"),
                PostedByOther = postedByOther,
                NoPupilsInImage = noPupilsInImage,
                UnsureWhoIsInImage = hedgedNobody,
                SaysNoPupils = (Plain(Cue.NoPeople) || negatedPupils) && !takesNobodyBack && !hedgedNobody,
                NamesVisible = namesVisible,
                FacesHidden = facesHidden,
                OnLeave = HasAnywhere(Cue.Leave),
                Farewell = HasAnywhere(Cue.Farewell) && !tokens.Exists(t => FarewellAddsWords.Contains(t.Text)),
                AsksWhoToAsk = HasAnywhere(Cue.WhoToAsk),
                SetsUpAccount = setsUp,
                LinksToSchool = HasAnywhere(Cue.SchoolLink),
                SharesOwnRoute = HasPlain(Cue.RouteMap),
                ToldInConfidence = toldInConfidence,
                Activities = activities,
                MentionsSocialMedia = mentionsSocial,
                Device = device,
                MentionsDevice = mentionsDevice,
                Time = time,
                WorkingTimeSaid = workingTimeSaid,
                MentionsCall = tokens.Exists(t => CallWords.Contains(t.Text)),
                SaysDuringWorkingTime = time == TimeOfUse.LessonsOrWorkingTime && !otherTimeSaid
                    && hits.Exists(h => Frame(h) && !Negated(h) && (h.Cue == Cue.DuringWorkingTime || (h.Cue is Cue.Lessons && !DescribesContent(h) && SaidAsATime(h)))),
                Content = content,
                About = about,
                ContactWith = contactWith,
                HasImage = hasImage,
                InImage = inImage,
                ImageOfSchoolOrGrounds = hasImage && hits.Exists(h => h.Cue == Cue.SchoolPlace && !ModifiesDevice(h) && !SaysWhereSomeoneIsFrom(h)),
                ImagePlace = hasImage ? place : ImagePlace.Unknown,
                PeopleIdentifiable = facesHidden && identifiable == true ? null : identifiable,
                HasPermission = hasPermission,
                NobodyNamed = nobodyNamed,
                OfficialChannel = official,
                FormerPupilIsAdult = formerAdult,
                UrgentFamilyMatter = urgentFamily,
                IsDraft = _isDraft,
                WorkUse = workUse,
                Asks = asks,
                RequestedSections = requested,
                WantsToReport = report,
                SomeoneElsesConduct = someoneElse,
                DefendsAgainstOthersPost = responseToOthersPost == ResponseToOthersPost.Defend,
                CriticismBeyondTheSchool = beyondTheSchool,
                MoanAboutAThing = moanAboutAThing,
                OwnChildrenOrPupilsUnclear = unclearChildren,
            };

            // "Harmless joke about the TA being useless lol": a joke or meme offered for judgement, with no act named and nobody
            // else's conduct, is one the user would post. Only when what it says is already a breach of item 4, so that no permit
            // can rest on the guess.
            if (facts.Activities == Answers.Activities.None && !facts.SomeoneElsesConduct && !facts.WantsToReport && facts.Asks == PolicyTopics.None
                && facts.Content.HasFlag(Answers.ContentKinds.Humour) && (facts.Content & Harmful) != 0 && (facts.About & Connected) != 0)
            {
                facts = facts with { Activities = Answers.Activities.Post };
            }

            return facts with { InScope = IsInScope(facts) };
        }

        // Whether a token in [from, to), clipped to the question, passes the test: the words just before or inside a cue.
        private bool AnyTokenIn(int from, int to, Func<Token, bool> test)
        {
            for (var k = Math.Max(0, from); k < Math.Min(to, tokens.Count); k++)
            {
                if (test(tokens[k]))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AnyWordIn(int from, int to, Func<string, bool> test) => AnyTokenIn(from, to, t => test(t.Text));

        // "Go live", "the same computer", "be used": one word straight after another, anywhere in the question.
        private bool AnyPair(Func<string, bool> first, Func<string, bool> second)
        {
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                if (first(tokens[k].Text) && second(tokens[k + 1].Text))
                {
                    return true;
                }
            }

            return false;
        }

        private const ContentKinds Harmful = Answers.ContentKinds.Derogatory | Answers.ContentKinds.Defamatory
            | Answers.ContentKinds.Discriminatory | Answers.ContentKinds.Threatening;

        private static bool IsInScope(QuestionFacts f) =>
            f.MentionsSocialMedia
            || (f.Activities & (Answers.Activities.Post | Answers.Activities.KeepBlogOrAccount | Answers.Activities.KeepPhoneNearby)) != 0
            || (f.HasImage && f.Activities != Answers.Activities.None)
            || (f.HasImage && (f.InImage & Connected) != 0)
            || (f.ContactWith & (Answers.People.Pupils | Answers.People.FormerPupils | Answers.People.Parents)) != 0
            || (f.MentionsDevice && !f.WorkUse && ((f.Activities & (Answers.Activities.PersonalUse | Answers.Activities.Message)) != 0 || f.Time != TimeOfUse.Unknown || f.UrgentFamilyMatter))
            || f.Asks != PolicyTopics.None
            || f.WantsToReport;

        private static readonly FrozenSet<string> PlaceWords = new[] { "classroom", "class" }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> SiblingWords = new[]
        {
            "sister", "sisters", "brother", "brothers", "sibling", "siblings", "cousin", "cousins", "twin", "sis", "bro",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "Her little sister", "his younger brother": someone else's sibling, not the asker's own family.
        private bool TheirSibling() =>
            Enumerable.Range(0, tokens.Count).Any(k => tokens[k].Text is "her" or "his" or "their" && AnyWordIn(k + 1, k + 3, SiblingWords.Contains));

        private static readonly FrozenSet<string> ExceptionWords = new[] { "except", "apart", "besides", "bar", "but" }.ToFrozenSet(StringComparer.Ordinal);

        // Faces said after a "nobody in it" and outside its clause, or straight after an "except", are faces in the picture.
        // "No kids in it except Tomos", "nobody apart from two of my class": an exception straight after the "nobody" takes it back
        // ("but" there usually starts another thought: "no kids in it but it's lovely").
        private bool FacesShownAfterAll(Func<CueHit, bool> negated) =>
            hits.Exists(n => n.Cue is Cue.NoPeople && AnyWordIn(n.End, Math.Min(tokens.Count, n.End + 2), w => ExceptionWords.Contains(w) && w != "but"))
            || hits.Exists(n => n.Cue is Cue.NoPeople or Cue.Unidentifiable
                && hits.Exists(f => f.Cue == Cue.Face && tokens[f.End - 1].Text is "face" or "faces" && f.Start >= n.End && !negated(f)
                    && (f.Clause != n.Clause || AnyWordIn(Math.Max(n.End, f.Start - 3), f.Start, ExceptionWords.Contains))));

        private static readonly FrozenSet<string> ClassPlatforms = new[] { "dojo", "classdojo", "seesaw", "tapestry", "story" }
            .ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> SettingUpLeads = new[] { "set", "setting", "create", "creating", "start", "starting", "make", "making", "open", "opening" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "Set up a class Instagram", "start a class page": the account is the class's only by its name, and the asker would start
        // it. Nothing says the school runs it or asked for it.
        private bool SetsUpOwnClassAccount(Func<CueHit, bool> negated) =>
            hits.Exists(u => u.Cue == Cue.SetUp && SettingUpLeads.Contains(tokens[u.Start].Text))
            && hits.Exists(c => c.Cue is Cue.SchoolOwned or Cue.Official && AnyWordIn(c.Start, c.End, w => w == "class"))
            && !hits.Exists(c => c.Cue is Cue.SchoolOwned or Cue.Official && AnyWordIn(c.Start, c.End, w => w is "school" or "schools" or "official"))
            && !hits.Exists(h => h.Cue == Cue.OnBehalf) && !hits.Exists(h => h.Cue == Cue.Permission && !negated(h));

        private static readonly FrozenSet<string> AskingAuxiliaries = new[] { "will", "would", "does", "do", "did", "can", "could", "might" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "Will they find out it was me?", "does the person who posted it find out it was me": asked, not "nobody will know it's
        // me" said of one's own anonymous post.
        private bool AsksIfReporterKnown() =>
            hits.Exists(h => h.Cue == Cue.Anonymity && AnyWordIn(h.Start, h.End, w => w is "me" or "know" or "find")
                && AnyWordIn(h.Start - 6, h.Start, AskingAuxiliaries.Contains)
                && !AnyWordIn(h.Start - 4, h.Start, w => w is "nobody" or "noone" or "no" or "never" or "wont"));

        private static readonly FrozenSet<string> PupilGroupWords = new[]
        {
            "class", "classes", "pupils", "kids", "children", "learners", "year", "yr", "reception", "group", "team", "lot", "bunch",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "A photo of my class", "a video of the kids in year 4": a picture of a group of pupils has other people's children in
        // it, whoever else the asker's family includes ("my daughter's gone into labour" does not make the class her).
        private bool PictureOfAGroupOfPupils() =>
            hits.Exists(i => i.Cue == Cue.Image && Enumerable.Range(i.Start, Math.Min(i.End - i.Start + 3, tokens.Count - i.Start)).Any(k => tokens[k].Text == "of"
                && Enumerable.Range(k + 1, Math.Min(3, Math.Max(0, tokens.Count - k - 1))).Any(j => PupilGroupWords.Contains(tokens[j].Text)
                    && hits.Exists(p => p.Cue == Cue.Pupils && p.Start <= j && p.End > j
                        // "A pic of my class display", "the kids' paintings": the picture is of their work, not of them.
                        && !hits.Exists(w => w.Cue is Cue.PupilWork or Cue.ObjectOrFood or Cue.SchoolPlace
                            && ((w.Start >= p.End && w.Start - p.End <= 1) || (w.Start > k && w.Start < p.Start)))
                        // "My own children", "fy mhlant fy hun" (glossed "my children own"): the asker's own, not a group of pupils.
                        && !hits.Exists(m => m.Cue == Cue.MyChildren && Math.Abs(m.Start - p.Start) <= 2)
                        && !AnyWordIn(p.Start - 1, p.End + 1, w => w == "own")))))
            && !hits.Exists(h => h.Cue == Cue.NoPeople);

        // "Her 10 year old uses the same account", "her daughter messages me from it".
        private bool PupilOnTheParentsAccount() =>
            Enumerable.Range(0, tokens.Count).Any(k => tokens[k].Text is "uses" or "use" or "using" && AnyWordIn(k + 1, k + 5, w => w is "account" or "it" or "phone" or "profile"))
            || AnyPair(w => w == "from", w => w is "it" or "her" or "his" or "that")
            || AnyPair(w => w == "same", w => w is "account" or "profile");

        // "Talk about the other teachers", "chat about the staff": the people after "about" are the subject.
        private People PeopleAfterAbout()
        {
            var people = Answers.People.None;
            foreach (var h in hits)
            {
                if (AnyWordIn(h.Start - 3, h.Start, w => w is "about" or "regarding"))
                {
                    people |= h.Cue switch
                    {
                        Cue.Staff => Answers.People.Staff,
                        Cue.Pupils => Answers.People.Pupils,
                        Cue.Parents => Answers.People.Parents,
                        Cue.Governors => Answers.People.Governors,
                        _ => Answers.People.None,
                    };
                }
            }

            return people;
        }

        // "What does 'bring the school into disrepute' mean, like what counts": a question about the policy's own words, however
        // many of them stand between "what does" and "mean". Not "what does it mean if I post…", which asks about a case.
        private bool AsksWhatWordsMean()
        {
            for (var k = 0; k + 2 < tokens.Count; k++)
            {
                if (tokens[k].Text != "what" || tokens[k + 1].Text is not ("does" or "do" or "is") || tokens[k].InDraft)
                {
                    continue;
                }

                for (var m = k + 2; m < Math.Min(tokens.Count, k + 14); m++)
                {
                    var word = tokens[m].Text;
                    if (word is "if" or "when" or "i" or "my" or "me")
                    {
                        break;
                    }

                    if (word is "mean" or "means" or "meant" && !tokens[m].InDraft)
                    {
                        return m > k + 2;
                    }
                }
            }

            return false;
        }

        // "My colleague has collapsed, can I text my husband": the emergency is the colleague's (a pupil's, in "a boy in my class
        // was rushed to hospital"), however family the person told is. Read from whom the urgency is said of: the person just
        // before it in the same clause.
        private bool EmergencyIsSomeoneElsesAtSchool()
        {
            var owners = hits.Where(u => u.Cue is Cue.Urgent or Cue.Illness)
                .Select(u => hits.Where(p => p.Cue is Cue.Staff or Cue.Pupils or Cue.Family or Cue.MyChildren or Cue.Self or Cue.Relative
                        && p.Clause == u.Clause && p.End <= u.Start && u.Start - p.End <= 4)
                    .OrderByDescending(p => p.End).Select(p => (Cue?)p.Cue).FirstOrDefault())
                .Where(c => c is not null).ToList();
            return owners.Count > 0 && owners.TrueForAll(c => c is Cue.Staff or Cue.Pupils);
        }

        private bool SaysRoutine() => Enumerable.Range(0, tokens.Count).Any(k => RoutineWords.Contains(tokens[k].Text)
            || (tokens[k].Text is "every" or "each" && k + 1 < tokens.Count && RoutineTimes.Contains(tokens[k + 1].Text)));

        private static readonly FrozenSet<string> OwnBusinessWords = new[]
        {
            "garage", "mechanic", "mot", "car", "estate", "agent", "solicitor", "mortgage", "bank", "landlord", "letting", "house", "flat",
            "viewing", "offer", "job", "interview", "parcel", "delivery", "amazon", "courier", "plumber", "builder", "builders", "electrician",
            "boiler", "insurance", "vet", "vets", "tickets", "exam", "application", "council", "tax", "energy", "broadband",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> RoutineWords = new[] { "daily", "routinely", "habitually" }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> RoutineTimes = new[]
        {
            "day", "morning", "afternoon", "lunchtime", "lunch", "break", "playtime", "lesson", "week", "single",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> PlanWords = new[]
        {
            "wedding", "plans", "planning", "party", "holiday", "holidays", "tickets", "booking", "book", "shopping", "order", "sale",
            "dinner", "takeaway", "gossip", "hen", "stag",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> PetWords = new[]
        {
            "dog", "dogs", "puppy", "pup", "cat", "cats", "kitten", "pet", "pets", "hamster", "rabbit", "bunny", "horse", "pony",
            "guinea", "budgie", "parrot", "tortoise", "fish",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> HedgeVerbs = new[] { "think", "thinks", "sure", "know", "remember", "believe", "reckon", "expect" }
            .ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> HedgeWords = new[] { "probably", "hopefully", "maybe", "possibly", "prob", "think", "reckon", "guess", "sure" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "I don't think any kids were in shot", "not sure if anyone's in the background", "hopefully nobody": said of who is in a
        // picture, a hedge is not a statement that nobody is.
        private bool HedgesWhoIsInIt(List<CueHit> negators) =>
            hits.Exists(p => p.Cue is Cue.Pupils or Cue.NoPeople or Cue.Face or Cue.Unidentifiable
                && (negators.Exists(n => n.Clause == p.Clause && n.Start < p.Start && p.Start - n.End < NegationReach + 2
                        && n.End < tokens.Count && HedgeVerbs.Contains(tokens[n.End].Text))
                    || AnyTokenIn(p.Start - 3, p.Start, t => t.Clause == p.Clause && HedgeWords.Contains(t.Text))));

        private static readonly FrozenSet<string> ClassroomWords = new[] { "classroom", "classrooms", "cloakroom", "cloakrooms" }
            .ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> Auxiliaries = new[] { "is", "are", "was", "were", "has", "have", "had", "keeps", "kept", "been", "always", "still" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "The student teacher is filming the class", "a colleague has been messaging a Y6": someone else doing what the policy governs.
        private bool ThirdPersonConduct() =>
            hits.Exists(p => p.Cue is Cue.ThirdParty or Cue.Staff or Cue.Parents or Cue.Governors && !IsAskersRole(p)
                && (Enumerable.Range(p.End, Math.Min(3, Math.Max(0, tokens.Count - p.End))).Any(k => Auxiliaries.Contains(tokens[k].Text)
                    && hits.Exists(v => IsConductVerb(v) && v.Start > k && v.Start - k <= 2))
                    || hits.Exists(v => IsConductVerb(v) && v.Start >= p.End && v.Start - p.End <= 1 && tokens[v.Start].Text.EndsWith("ing", StringComparison.Ordinal)
                        && !(p.Start > 0 && tokens[p.Start - 1].Text is "of" or "a" or "an" && !hits.Exists(t => t.Cue == Cue.ThirdParty && t.Start == p.Start)))));

        // Teachers' pay, or a joke about what teachers need to survive December: the profession, not colleagues here.
        private bool AboutTheProfession(Answers.People people, bool aboutPayOrAJoke) =>
            aboutPayOrAJoke && (people & ~(Answers.People.Staff | Answers.People.Self | Answers.People.Unconnected)) == 0
            && hits.Exists(h => h.Cue == Cue.Staff)
            && hits.TrueForAll(h => h.Cue != Cue.Staff || (Enumerable.Range(h.Start, h.End - h.Start).All(k => ProfessionWords.Contains(tokens[k].Text))
                && !(h.Start > 0 && tokens[h.Start - 1].Text is "our" or "the" or "my" or "these" or "those" or "some" or "two" or "other")))
            && !hits.Exists(h => h.Cue is Cue.Derogatory or Cue.Threatening or Cue.Discriminatory
                && !Enumerable.Range(h.Start, h.End - h.Start).Any(k => PayInsultWords.Contains(tokens[k].Text)));

        // "The pay offer is a joke, nothing about my school": pay with the school ruled out in so many words is the profession's
        // pay, so long as nobody here is in it (no colleague, pupil or family, no school word outside the ruling-out) and its only
        // hard words are the ones people use of pay.
        private bool PayWithTheSchoolRuledOut(Answers.People people) =>
            hits.Exists(h => h.Cue == Cue.SchoolRuledOut)
            && (people & ~(Answers.People.Self | Answers.People.Unconnected)) == 0
            && !hits.Exists(h => h.Cue is Cue.Staff or Cue.Pupils or Cue.Parents or Cue.Governors or Cue.Council or Cue.Former or Cue.Inspectorate
                or Cue.Name or Cue.ThirdParty or Cue.MyChildren or Cue.Threatening or Cue.Discriminatory or Cue.Defamatory
                || (h.Cue == Cue.School && !hits.Exists(r => r.Cue == Cue.SchoolRuledOut && r.Start <= h.Start && h.End <= r.End))
                || (h.Cue == Cue.Derogatory && !Enumerable.Range(h.Start, h.End - h.Start).Any(k => PayInsultWords.Contains(tokens[k].Text))));

        private static readonly FrozenSet<string> PayWords = new[]
        {
            "pay", "paid", "underpaid", "salary", "salaries", "wage", "wages", "payrise", "cyflog", "pension", "pensions", "strike",
            "strikes", "ballot", "workload", "workloads",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> ProfessionWords = new[]
        {
            "teachers", "tas", "teacher", "teaching", "staff", "support", "educators", "lsas", "hltas", "cynorthwywyr", "athrawon", "assistants",
            "dysgu",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "Paid peanuts", "a disgrace": how people talk about pay, not insults aimed at a person.
        private static readonly FrozenSet<string> PayInsultWords = new[] { "moan", "moaning", "complain", "complaining", "rant", "ranting", "vent", "venting", "peanuts", "disgrace", "disgraceful", "shameful", "scandal", "joke", "gwarthus", "insult", "insulting" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "Share the PTA's Christmas fair post", "the council's post about free school meals": passing on what an organisation has
        // already published.
        private bool SharesAnOrganisationsPost() =>
            tokens.Exists(t => t.Text is "share" or "sharing" or "repost" or "retweet" or "reshare")
            && Enumerable.Range(0, tokens.Count).Any(k => OrganisationWords.Contains(tokens[k].Text)
                && Enumerable.Range(k + 1, Math.Min(5, tokens.Count - k - 1)).Any(j => tokens[j].Text is "post" or "poster" or "posts" or "appeal" or "announcement" or "advert" or "event" or "page"));

        private static readonly FrozenSet<string> OrganisationWords = new[]
        {
            "pta", "council", "councils", "urdd", "library", "nhs", "police", "charity", "club", "church", "museum", "eisteddfod",
        }.ToFrozenSet(StringComparer.Ordinal);

        // A person other than the asker as the subject of a past or ongoing action: "another TA put", "a dad keeps posting",
        // "some of the year 6 girls made", "one of our TAs called".
        private bool OtherPersonActed() =>
            hits.Exists(p => p.Cue is Cue.ThirdParty or Cue.Staff or Cue.Parents or Cue.Governors or Cue.Pupils or Cue.Unconnected
                && !IsAskersRole(p) && !(p.Start > 0 && tokens[p.Start - 1].Text is "to" or "with" or "about" or "for")
                && Enumerable.Range(p.End, Math.Min(3, Math.Max(0, tokens.Count - p.End))).Any(k => OtherActorVerbs.Contains(tokens[k].Text)))
            || Witnessed() || SomeoneNamedByRoleActed();

        // "A new starter in the office keeps posting…", "the lady who runs the breakfast club is posting…": a clause that opens with
        // someone described ("a", "the", "one of") rather than "I" and goes on to post or share, whoever the words describe.
        private bool SomeoneNamedByRoleActed() =>
            hits.Exists(a => a.Cue == Cue.ThirdPartyAction && tokens[a.Start].Text is not ("i" or "if" or "someone")
                && ClauseOpening(a) is var start and >= 0 && a.Start - start is >= 2 and <= 7
                && Lexicon.DescribingOpeners.Contains(tokens[start].Text)
                && Enumerable.Range(start, a.Start - start).All(k => !Lexicon.AskerWords.Contains(tokens[k].Text))
                // Posting, sharing or messaging said ("keeps posting", "has shared"), not a thing that "keeps jamming".
                && (a.End - a.Start >= 2 || hits.Exists(v => IsConductVerb(v) && v.Start >= a.Start && v.Start <= a.End))
                && !hits.Exists(t => t.Cue is Cue.WorkTask or Cue.Device && t.Start >= start && t.Start < a.Start));

        private int ClauseOpening(CueHit h)
        {
            var start = h.Start;
            while (start > 0 && tokens[start - 1].Clause == tokens[h.Start].Clause)
            {
                start--;
            }

            return start;
        }

        // "I've noticed a student teacher on placement has…", "I see her posting…": what the asker saw someone else do.
        private bool Witnessed() =>
            Enumerable.Range(0, tokens.Count).Any(k => Lexicon.WitnessVerbs.Contains(tokens[k].Text)
                && (hits.Exists(p => p.Cue is Cue.ThirdParty or Cue.Staff or Cue.Parents or Cue.Governors or Cue.Unconnected
                        && p.Start > k && p.Start - k <= 3 && tokens[p.Start].Clause == tokens[k].Clause && !IsAskersRole(p))
                    || (k + 2 < tokens.Count && tokens[k + 1].Text is "her" or "him" or "them" or "someone" or "somebody"
                        && hits.Exists(v => IsConductVerb(v) && v.Start == k + 2 && tokens[v.Start].Text.EndsWith("ing", StringComparison.Ordinal)))));

        private static readonly FrozenSet<string> OtherActorVerbs = new[]
        {
            "put", "posted", "posts", "made", "makes", "called", "calls", "left", "showed", "sent", "sends", "shared", "shares", "keeps",
            "kept", "plays", "played", "chats", "chatted", "uploaded", "uploads", "wrote", "writes", "took", "takes", "tagged", "tags",
            "commented", "comments", "messaged", "messages", "added", "adds", "filmed", "films", "screenshotted", "liked", "likes",
            "started", "set", "created", "said", "says", "reckons", "is", "are", "has", "have", "was", "were",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "Someone reports one of my posts", "screenshots my post", "reported a post of mine".
        private bool OwnPostTakenUp() =>
            Enumerable.Range(0, tokens.Count).Any(k => Lexicon.TakeUpVerbs.Contains(tokens[k].Text)
                && Enumerable.Range(k + 1, Math.Max(0, Math.Min(4, tokens.Count - k - 2))).Any(j => tokens[j].Clause == tokens[k].Clause
                    && ((tokens[j].Text == "my" && Lexicon.OwnPostWords.Contains(tokens[j + 1].Text))
                        || (Lexicon.OwnPostWords.Contains(tokens[j].Text) && tokens[j + 1].Text is "of" && j + 2 < tokens.Count && tokens[j + 2].Text == "mine"))));

        // "Who do I tell?", "should I tell someone?", "what do we do?": asked after someone else's conduct, a request for the way to
        // raise it, even in a question that also asks whether one may reply ("can I reply or what do I do?").
        private bool AsksWhomToTell(CueHit h) =>
            h.Cue == Cue.HelpSeeking && (tokens[h.Start].Text == "who"
                || (tokens[h.Start].Text == "what" && h.Start + 1 < h.End && tokens[h.Start + 1].Text is "do" or "should" or "can")
                || SaysTell(h));

        // "Should I report it?", "should I be telling someone?": reporting said in words, which a pupil's own message or request to
        // the asker ("what do I do?") does not make a concern without.
        private bool SaysTell(CueHit h) =>
            h.Cue == Cue.HelpSeeking && Enumerable.Range(h.Start, h.End - h.Start).Any(k => Lexicon.TellingWords.Contains(tokens[k].Text));

        // The asker asks what to do about it, not whether they may do something.
        private bool AsksWhatToDo() =>
            hits.Exists(h => h.Cue == Cue.HelpSeeking && !NegatedAt(h) && tokens[h.Start].Text is "what" or "who" or "should" or "do")
            // "Not sure what to do", "don't know who to tell": the hedge is the asking.
            || hits.Exists(h => h.Cue == Cue.HelpSeeking && Enumerable.Range(h.Start, h.End - h.Start - 1).Any(k => tokens[k].Text is "what" or "who" && tokens[k + 1].Text == "to"))
            || hits.Exists(h => h.Cue == Cue.Report && !NegatedAt(h) && !IsReportNoun(h));

        private bool IsConductVerb(CueHit v) =>
            v.Cue is Cue.PostVerb or Cue.MessageVerb or Cue.ConnectVerb or Cue.PhotographVerb or Cue.UseVerb
            && tokens[v.Start].Text is not ("asked" or "asks" or "asking" or "told" or "tells");

        // "I'm a TA", "as the deputy": the asker's own role.
        private bool IsAskersRole(CueHit h) =>
            h.Start >= 1 && (tokens[h.Start - 1].Text is "am" or "as" or "im"
                || (h.Start >= 2 && tokens[h.Start - 1].Text is "a" or "an" or "the" && tokens[h.Start - 2].Text is "am" or "as" or "im"));

        private static readonly FrozenSet<string> AskingWords = new[] { "can", "could", "may", "should", "shall", "do", "am", "would" }
            .ToFrozenSet(StringComparer.Ordinal);

        // What the asker would do next when the question is about someone else's post: tell, report, screenshot, say something.
        private static readonly FrozenSet<string> HelpVerbs = new[]
        {
            "tell", "report", "say", "raise", "speak", "talk", "have", "need", "flag", "mention", "screenshot", "let",
            "contact", "email", "inform", "warn", "get",
        }.ToFrozenSet(StringComparer.Ordinal);

        private bool NegatedAt(CueHit hit) =>
            hits.Exists(n => n.Cue == Cue.Negator && n.Clause == hit.Clause && n.Start < hit.Start && hit.Start - n.End < NegationReach);

        // "Before it's been announced", "until it's published": not public yet.
        private bool BeforeOrUntil(CueHit h) =>
            Enumerable.Range(Math.Max(0, h.Start - 3), Math.Min(3, h.Start)).Any(k => tokens[k].Text is "before" or "until" or "till" or "til" or "b4");

        // "Hypothetically, if a teacher posted…", "what if someone…": a case put, not a colleague to report.
        private bool Hypothetical() =>
            tokens.Exists(t => t.Text is "hypothetically" or "hypothetical")
            || hits.Exists(p => p.Cue is Cue.ThirdParty or Cue.Staff && p.Start > 0
                && (tokens[p.Start - 1].Text == "if" || (p.Start > 1 && tokens[p.Start - 2].Text == "if" && tokens[p.Start - 1].Text is "a" or "an" or "the" or "any")));

        // "Can I share it", "is it ok to like it": the asker asks about their own action, not about reporting someone else's.
        private bool AsksAboutOwnAction()
        {
            for (var k = 0; k + 2 < tokens.Count; k++)
            {
                var word = tokens[k].Text;
                var k1 = k;
                var toSocialMedia = hits.Exists(h => h.Cue is Cue.Platform or Cue.OnlineGeneric or Cue.PostVerb && h.Start >= k1 + 2 && h.Start - (k1 + 2) <= 4);
                // "Can I tell them?" after "people keep asking me how she is": telling the people who ask is the asker's own act.
                var tellsTheAskers = k + 3 < tokens.Count && tokens[k + 2].Text == "tell" && Lexicon.AudienceWords.Contains(tokens[k + 3].Text);
                if ((AskingWords.Contains(word) && tokens[k + 1].Text is "i" or "we" && (!HelpVerbs.Contains(tokens[k + 2].Text) || toSocialMedia || tellsTheAskers))
                    || (word == "if" && tokens[k + 1].Text is "i" or "we")
                    || (word is "ok" or "okay" or "alright" or "allowed" or "fine" && tokens[k + 1].Text == "to" && !HelpVerbs.Contains(tokens[k + 2].Text)))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly FrozenSet<string> LessonWords = new[]
        {
            "lesson", "lessons", "topic", "literacy", "numeracy", "science", "maths", "phonics", "assembly", "dance", "pe", "music", "class",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "For the Y1 dance lesson", "for our science topic": what the device is used for is teaching.
        private bool ForALesson()
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Text != "for")
                {
                    continue;
                }

                for (var j = k + 1; j < Math.Min(tokens.Count, k + 6); j++)
                {
                    if (tokens[j].Clause != tokens[k].Clause)
                    {
                        break;
                    }

                    if (LessonWords.Contains(tokens[j].Text) && tokens[j].Text != "class")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static readonly FrozenSet<string> Praise = new[]
        {
            "happy", "fair", "good", "great", "fit", "impressed", "professional", "competent", "helpful", "supportive", "nice", "kind",
            "organised", "organized", "safe", "valued", "respected", "appreciated", "listened", "listening", "listen", "listens",
            "acceptable", "fun", "clear", "caring", "bothered", "worth", "paid", "consulted", "supported", "trusted", "honest", "well run",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "Not happy with how they treat us", "isn't fair on staff", "never listens": praise negated is a complaint.
        private bool NegatedPraise()
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!Praise.Contains(tokens[k].Text))
                {
                    continue;
                }

                var k1 = k;
                if (hits.Exists(n => n.Cue == Cue.Negator && n.Clause == tokens[k1].Clause && n.End <= k1 && k1 - n.End <= PraiseNegationReach
                    && !IsQuestionTag(n)))
                {
                    return true;
                }
            }

            return false;
        }

        // "Isn't it?", "is that not ok": a negation that asks is not a complaint.
        private bool IsQuestionTag(CueHit negator) =>
            negator.End < tokens.Count && tokens[negator.End].Text is "it" or "that" or "this" or "i" or "we" or "you" or "there";

        private static readonly FrozenSet<string> NotNames = new[]
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter", "xmas", "halloween",
            "diwali", "eid", "ramadan", "hanukkah", "barry", "cardiff", "penarth", "wales", "welsh", "cymru", "cymraeg", "english",
            "england", "britain", "uk", "spain", "france", "italy", "london", "swansea", "bristol", "dinas", "powys", "island",
            "google", "amazon", "netflix", "spotify", "apple", "microsoft", "zoom", "teams", "outlook", "gmail", "canva", "kahoot",
            "lego", "disney", "marvel", "pokemon", "harry", "potter", "children", "need", "red", "nose", "comic", "relief", "sport",
            "relief", "urdd", "eisteddfod", "cadoxton", "glamorgan", "vale", "government", "senedd", "estyn", "ofsted", "sats", "gcse",
            "oak", "bbc", "itv", "news", "half", "marathon", "parkrun", "sainsburys", "tesco", "asda", "aldi", "lidl", "costa", "greggs",
            "year", "reception", "nursery", "class", "head", "deputy", "mr", "mrs", "miss", "ms", "sir", "dr", "i", "im", "ive", "id",
            "bay", "cathedral", "castle", "museum", "st", "fagans", "ffagan", "sain", "llangrannog", "langrannog", "pgce", "nqt", "ect",
            "ta", "hlta", "senco", "slt", "ppa", "hwb", "seesaw", "dojo", "tapestry", "classroom", "uni", "university", "covid",
        }.ToFrozenSet(StringComparer.Ordinal);

        private const People NamedPeople = Answers.People.Pupils | Answers.People.Staff | Answers.People.Parents | Answers.People.FormerPupils;

        private static readonly FrozenSet<string> PlaceLeads = new[] { "to", "in", "at", "from", "near", "around", "into", "towards", "visit", "visiting", "on" }
            .ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> NameLeads = new[] { "little", "mr", "mrs", "miss", "ms", "dr", "sir", "called", "named" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "Little Jack in my class", "Mrs Price": a capitalised word the lexicon does not know, said of a person.
        private bool NamesSomeone(People mentioned)
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (!t.Capitalised || t.Text.Length < 2 || NotNames.Contains(t.Text) || Lexicon.Phrases.ContainsKey(t.Text) || !t.Text.All(char.IsLetter))
                {
                    continue;
                }

                var lead = k > 0 ? tokens[k - 1].Text : "";
                if (NameLeads.Contains(lead))
                {
                    return true;
                }

                // "A trip to Southerndown", "at Techniquest": a place, not a person. A name sits near the person it names.
                var k1 = k;
                if (!PlaceLeads.Contains(lead) && (mentioned & NamedPeople) != 0
                    && hits.Exists(h => h.Cue is Cue.Pupils or Cue.Staff or Cue.Parents or Cue.Former && Math.Abs(h.Start - k1) <= 4))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly FrozenSet<string> ContentVerbs = new[]
        {
            "said", "says", "did", "does", "done", "happened", "happens", "wrote", "drew", "made", "got", "was", "were", "about", "of", "from",
            "on", "doing", "behaving", "getting",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "Something a pupil said in class", "nits in class": a time phrase after what someone said or did is part of the story, not when the user acts.
        private bool DescribesContent(CueHit h) =>
            h.Cue is Cue.Lessons or Cue.LessonActivity && h.Start > 0
            && (ContentVerbs.Contains(tokens[h.Start - 1].Text)
                || hits.Exists(c => c.Cue is Cue.Incident or Cue.Confidential or Cue.Derogatory && c.End == h.Start));

        private static readonly FrozenSet<string> ReportVerbLead = new[]
        {
            "to", "i", "we", "you", "should", "can", "could", "do", "did", "will", "would", "must", "how", "and", "or", "who", "where",
            "not", "dont", "shall", "may", "might", "then", "also", "want", "need", "please", "already", "ive", "have", "has", "been",
            "was", "is", "be", "being", "get", "it", "them", "him", "her", "this", "that", "anyone", "someone", "when", "if",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "Before the report comes out", "our Ofsted report": the noun is not a wish to report someone.
        private bool IsReportNoun(CueHit h)
        {
            var word = tokens[h.Start].Text;
            if (h.End - h.Start > 1 || word is not ("report" or "reports"))
            {
                return false;
            }

            // "Report isn't published till next month": a report that is, comes out or says something is a document, whatever
            // comes before it.
            if (h.End < tokens.Count && tokens[h.End].Clause == tokens[h.Start].Clause && ReportNounFollowers.Contains(tokens[h.End].Text))
            {
                return true;
            }

            return h.Start > 0 && tokens[h.Start - 1].Clause == tokens[h.Start].Clause && !ReportVerbLead.Contains(tokens[h.Start - 1].Text);
        }

        private static readonly FrozenSet<string> ReportNounFollowers = new[]
        {
            "is", "isnt", "was", "wasnt", "has", "hasnt", "will", "wont", "comes", "came", "published", "says", "said", "goes", "went",
            "gets", "got", "should", "would", "might",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> CallWords = new[]
        {
            "ring", "rings", "ringing", "rang", "call", "calls", "calling", "called", "answer", "answering", "phoning", "facetime",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> OwnersOfNews = new[] { "my", "i", "im", "am", "ive", "have", "had", "me" }.ToFrozenSet(StringComparer.Ordinal);

        // "My pregnancy", "I am getting divorced": the user's own news is not confidential to the school.
        private bool IsOwnNews(CueHit h) => IsOwnNewsNotYetTold(h) ||
            h.Cue == Cue.Confidential && hits.Exists(p => p.Start == h.Start && p.Cue == Cue.PersonalLife)
            && h.Start > 0 && (OwnersOfNews.Contains(tokens[h.Start - 1].Text)
                || (h.Start > 1 && tokens[h.Start - 1].Text is "getting" or "being" or "been" && OwnersOfNews.Contains(tokens[h.Start - 2].Text))
                // "My experience with anxiety", "my own battle with depression": the owner a few words back, nobody else between.
                || Enumerable.Range(Math.Max(0, h.Start - 4), Math.Min(4, h.Start)).Any(k => tokens[k].Text == "my" && tokens[k].Clause == tokens[h.Start].Clause
                    && k + 1 < h.Start && tokens[k + 1].Text is "experience" or "experiences" or "own" or "battle" or "journey" or "struggle" or "struggles" or "story" or "recovery" or "history"
                    && !hits.Exists(p => p.Start > k && p.Start < h.Start && p.Cue is Cue.Staff or Cue.Pupils or Cue.Parents or Cue.Family or Cue.ThirdParty or Cue.Governors)));

        private bool OwnNews() => hits.Exists(IsOwnNews);

        // "Got a new job!! … I haven't told my class yet": the asker not having told people yet is about the asker's own news
        // (said first, as theirs), not a secret of someone else's. Anything told in confidence, or news with another person
        // as its subject ("my colleague got a new job"), stays confidential.
        private bool IsOwnNewsNotYetTold(CueHit h) =>
            h.Cue == Cue.Confidential && h.End - h.Start is >= 2 and <= 4 && tokens[h.Start].Text is "havent" or "hasnt" or "have" or "has"
            && tokens[h.End - 1].Text is "told" or "tell"
            && h.Start > 0 && tokens[h.Start - 1].Text == "i"
            && !hits.Exists(c => c.Cue == Cue.InConfidence)
            // Not yet told to the head or the school: staffing news the school has not had yet, which it may need to announce first.
            && !hits.Exists(w => w.Cue is Cue.Staff or Cue.School or Cue.Governors && w.Start >= h.End && w.Start - h.End <= 3)
            && hits.Exists(p => p.Cue == Cue.PersonalLife && p.End <= h.Start
                && ((tokens[p.Start].Text == "got" && (p.Start == 0 || tokens[p.Start - 1].Text is "i" or "ive" or "just" or "finally"))
                    || (p.Start > 0 && OwnersOfNews.Contains(tokens[p.Start - 1].Text))));

        private static readonly FrozenSet<string> SchoolChannelWords =
            new[] { "website", "newsletter", "prospectus", "dojo", "seesaw", "school", "schools", "hwb" }.ToFrozenSet(StringComparer.Ordinal);

        // "Permission forms for the website", "consent for school use": said of the school's own channels.
        private bool PermissionOnlyForSchoolChannels(CueHit permission)
        {
            var end = Math.Min(tokens.Count, permission.End + 6);
            for (var k = permission.End; k < end; k++)
            {
                if (tokens[k].Text is "for" or "cover" or "covers" or "covering")
                {
                    var look = Math.Min(tokens.Count, k + 4);
                    for (var j = k + 1; j < look; j++)
                    {
                        if (SchoolChannelWords.Contains(tokens[j].Text))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private bool OnlyOwnNews() => hits.Exists(IsOwnNews) && !hits.Exists(h => h.Cue == Cue.Confidential && !IsOwnNews(h));

        // "What is the social media policy for?"
        private bool AsksWhatPolicyIsFor() =>
            tokens.Count >= 2 && tokens[^1].Text == "for" && hits.Exists(h => h.Cue == Cue.PolicyWord && h.End == tokens.Count - 1);

        // "The class iPad", "the library computer": a school place or group right before a device says whose it is.
        private bool ModifiesDevice(CueHit h) =>
            h.Cue is Cue.Pupils or Cue.Premises or Cue.SchoolPlace or Cue.SchoolOwned
            && hits.Exists(d => d.Cue == Cue.Device && d.Start == h.End);

        private bool SchoolOwnedChannel() =>
            hits.Exists(s => s.Cue == Cue.SchoolOwned
                && hits.Exists(p => (p.Cue is Cue.Platform or Cue.AccountOrPage or Cue.Blog) && p.Start == s.End)
                && !hits.Exists(d => (d.Cue is Cue.Device or Cue.Phone) && d.Start >= s.End && d.Start - s.End <= 1));

        // "The class iPads are all dead", "the school projector laptop has died": that device is not the one used.
        private bool IsBroken(CueHit device) =>
            hits.Exists(b => b.Cue == Cue.Broken && b.Clause == device.Clause && ((b.Start >= device.End && b.Start - device.End <= 4)
                || (b.End <= device.Start && device.Start - b.End <= (tokens[b.Start].Text is "doesnt" or "wont" or "cant" ? 3 : 1))));

        // "No kids in it, but the kids' photos on the wall": pupils' own photographs on a wall or display identify them as surely as
        // their names do. The pupils are named just before the picture word ("the kids' photos", "their pictures") and a place of
        // display just after it; a greedy phrase match ("the kids") would otherwise leave "photos on the wall" unread.
        // "A list of the kids names on the wall": the names straight after the pupils are theirs, on show wherever they are.
        private bool PupilsPhotosOnDisplay() =>
            hits.Exists(image => image.Cue == Cue.Image && image.Start > 0
                && (hits.Exists(p => p.Cue == Cue.Pupils && p.End == image.Start) || tokens[image.Start - 1].Text is "their")
                && AnyWordIn(image.End, image.End + 3, t => t is "wall" or "walls" or "display" or "displays" or "board" or "noticeboard"))
            || hits.Exists(p => p.Cue == Cue.Pupils && p.End < tokens.Count && tokens[p.End].Text is "names" && !NegatedAt(p));

        // "Covered all the names on the pegs", "names on the display cropped out": the hiding is said of these names.
        private bool HiddenNames(CueHit names) =>
            hits.Exists(h => h.Cue == Cue.NamesHidden && h.Clause == names.Clause
                && ((h.Start <= names.Start && names.Start <= h.End) || (names.End <= h.Start && h.Start - names.End <= 3)
                    || (names.Start >= h.End && names.Start - h.End <= 3)));

        // The picture is of pupils' work, not of pupils: what is named after the picture word is the work ("a photo of their
        // artwork", "a picture of the class display"), pupils are named only as whose work it is, nobody is named, and
        // nothing says the pupils are in it too (holding it, faces).
        private bool PictureOfPupilsWorkOnly()
        {
            var work = hits.FindAll(h => h.Cue == Cue.PupilWork);
            if (work.Count == 0 || OthersFacesNamed()
                || tokens.Exists(t => PupilsWithTheirWork.Contains(t.Text)) || NamesSomeone(Connected) || WorkOwnerNamed())
            {
                return false;
            }

            bool Maker(CueHit p) => work.Exists(w => (w.Start <= p.Start && p.End <= w.End) || (p.End <= w.Start && w.Start - p.End <= 1));
            // Between the picture and the work nobody else is named: "a photo of the class display", not "a photo of them next
            // to the display".
            bool NobodyBetween(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from)).All(k => !PersonWords.Contains(tokens[k].Text)
                && !hits.Exists(p => p.Cue is Cue.Pupils or Cue.Staff or Cue.Self or Cue.Family or Cue.Parents or Cue.MyChildren or Cue.Former
                    or Cue.Unconnected or Cue.ThirdParty && p.Start <= k && k < p.End && !Maker(p)));
            // "Artwork" is both the picture and the work.
            var pictureWords = hits.FindAll(h => h.Cue is Cue.Image or Cue.PhotographVerb && !work.Exists(w => w.Start == h.Start));
            return pictureWords.Count > 0
                && pictureWords.TrueForAll(i => work.Exists(w => w.Clause == i.Clause && w.Start >= i.End && NobodyBetween(i.End, w.Start)))
                // A quoted caption ("had the best day with my class") is what the post says, not what the picture shows.
                && hits.TrueForAll(p => p.Cue != Cue.Pupils || Maker(p) || (_isDraft && p.InDraft));
        }

        private bool PermissionOnlyForSome(CueHit permission)
        {
            var before = Enumerable.Range(Math.Max(0, permission.Start - 6), Math.Min(6, permission.Start)).Where(k => tokens[k].Clause == permission.Clause);
            var after = Enumerable.Range(permission.End, Math.Max(0, Math.Min(tokens.Count, permission.End + 6) - permission.End));
            bool Some(int k) => tokens[k].Text is "some" or "most" or "half" or "few" or "several" or "majority";
            bool Except(int k) => tokens[k].Text is "except" or "apart" or "but" or "heblaw" or "bar" or "minus"
                && (tokens[k].Text != "but" || (k + 1 < tokens.Count && tokens[k + 1].Text is "not" or "one" or "two" or "a" or "dim" or "nid"));
            return before.Any(Some) || after.Any(Except)
                || after.Any(k => tokens[k].Text is "not" && k + 1 < tokens.Count && tokens[k + 1].Text is "all" or "everyone" or "everybody" or "every");
        }

        // "A photo of them by the display", "the kids holding their work": someone other than the user is in the picture.
        private bool PeopleWithTheWork() =>
            tokens.Exists(t => PupilsWithTheirWork.Contains(t.Text))
            || hits.Exists(i => i.Cue is Cue.Image or Cue.PhotographVerb && Enumerable.Range(i.End, Math.Max(0, Math.Min(tokens.Count, i.End + 2) - i.End))
                .Any(k => PersonWords.Contains(tokens[k].Text) && tokens[k].Text is not ("me" or "i" or "myself")));

        private bool OthersFacesNamed() => hits.Exists(h => h.Cue == Cue.Face && !(h.Start > 0 && tokens[h.Start - 1].Text is "my" or "your"));

        // "Jack's painting", "Amy's story": the work is named by its maker, so cutting a name off the picture hides nothing.
        private bool WorkOwnerNamed() =>
            hits.Exists(w => w.Cue == Cue.PupilWork && w.Start > 1 && tokens[w.Start - 1].Capitalised
                && !Lexicon.Phrases.ContainsKey(tokens[w.Start - 1].Text) && tokens[w.Start - 1].Text.All(char.IsLetter));

        // Pupils said only as a team that is said to be staff; pupils read from other words ("my kids") are never a team.
        private bool StaffTeamOnly() =>
            hits.Exists(p => p.Cue == Cue.Pupils) && !hits.Exists(p => p.Cue is Cue.MyChildren or Cue.Family or Cue.Former)
            && hits.TrueForAll(p => p.Cue != Cue.Pupils
                || (tokens[p.End - 1].Text is "team" or "teams" or "squad"
                    && hits.Exists(st => st.Cue == Cue.Staff && st.Start >= p.End && st.Start - p.End <= 1
                        && (st.Start == p.End || tokens[p.End].Text is "all" or "just" or "only" or "of"))));

        // People said without a cue word: "a photo of them by the display", "me and the mural".
        private static readonly FrozenSet<string> PersonWords = new[]
        {
            "them", "him", "her", "us", "me", "everyone", "everybody", "someone", "somebody", "people", "he", "she", "they", "we", "i",
            "myself", "themselves",
        }.ToFrozenSet(StringComparer.Ordinal);

        // "The kids holding their work", "them showing their display": the pupils are in the picture as well.
        private static readonly FrozenSet<string> PupilsWithTheirWork = new[]
        {
            "holding", "hold", "holds", "held", "showing", "shows", "standing", "stood", "posing", "smiling", "proudly",
        }.ToFrozenSet(StringComparer.Ordinal);

        // Every pupil word sits beside what makes the person former ("years ago", "left", their adult age) and none says a pupil
        // now: "a boy I had in reception years ago is now 19", not "a former pupil, now 19, and her sister in my class".
        private bool PupilWordsDescribeTheFormerPupil(Func<CueHit, bool> content, Func<CueHit, bool> negated)
        {
            var age = StatedAgeIndex();
            var anchors = hits.FindAll(h => h.Cue is Cue.Former).Select(h => (h.Start, h.End, h.Clause)).ToList();
            if (age >= 0)
            {
                anchors.Add((age, age + 1, tokens[age].Clause));
            }

            // Anyone else named (a pupil's dad, a sister, a colleague) could be whom the age is said of.
            // The person is said to be past ("I had", "taught", "years ago", "left") and the age is not only what they claim.
            return anchors.Count > 0 && !tokens.Exists(t => CurrentPupilWords.Contains(t.Text))
                && (hits.Exists(h => h.Cue == Cue.Former) || tokens.Exists(t => PastPupilWords.Contains(t.Text)))
                && !hits.Exists(h => h.Cue is Cue.Parents or Cue.Family or Cue.Staff or Cue.Relative or Cue.MyChildren or Cue.OtherChildren)
                && hits.TrueForAll(p => p.Cue != Cue.Pupils || !content(p) || negated(p)
                    || anchors.Exists(a => a.Clause == p.Clause && (Math.Abs(a.Start - p.End) <= 8 || Math.Abs(p.Start - a.End) <= 8)));
        }

        // A goodbye that also says something (why, what someone did, how glad one is) is more than a goodbye.
        private static readonly FrozenSet<string> FarewellAddsWords = new[]
        {
            "say", "saying", "said", "mention", "mentioning", "why", "because", "reason", "reasons", "really", "glad", "finally",
            "about", "pushed", "forced", "sacked", "good", "riddance", "relief", "thank", "god", "but", "tell", "explain", "what",
        }.ToFrozenSet(StringComparer.Ordinal);

        // Words that put a pupil in school now, or a second child beside the former pupil.
        private static readonly FrozenSet<string> CurrentPupilWords = new[]
        {
            "current", "currently", "sister", "brother", "sibling", "siblings", "cousin", "son", "daughter", "still",
            "says", "said", "claims", "claimed", "claiming", "pretends", "pretending", "profile", "bio", "fake", "lied", "lying",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> PastPupilWords = new[]
        {
            "had", "taught", "was", "were", "used", "left", "ago", "former", "ex", "grown", "graduated",
        }.ToFrozenSet(StringComparer.Ordinal);

        private int? StatedAge()
        {
            var k = StatedAgeIndex();
            return k < 0 ? null : int.Parse(tokens[k].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        }

        // "She's 24 now", "he's 26 now", "about 10": an age said of a former pupil decides whether they are a child.
        private int StatedAgeIndex()
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                var text = tokens[k].Text;
                if (text.Length is < 1 or > 2 || !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    || n < 5 || n > 90)
                {
                    continue;
                }

 var previous = k > 0 ? tokens[k - 1].Text : "";
                var next = k + 1 < tokens.Count ? tokens[k + 1].Text : "";
                if (previous is "year" or "y" or "yr")
                {
                    continue;
                }

                // "Left 10 years ago" is how long ago, not how old.
                var after = k + 2 < tokens.Count ? tokens[k + 2].Text : "";
                if (next is "years" or "yrs" && after is "ago" or "since")
                {
                    continue;
                }

                if (next is "now" or "years" or "yrs" or "nawr" || previous is "shes" or "hes" or "aged" or "age" or "theyre" or "is" or "about" or "now")
                {
                    return k;
                }
            }

            return -1;
        }

        private (DeviceOwner Owner, bool Mentioned) Device()
        {
            // "I don't use the school computer": a device said not to be used is not the one used.
            if (hits.Exists(h => h.Cue == Cue.SchoolSystem && !IsBroken(h) && !NegatedAt(h)))
            {
                return (DeviceOwner.SchoolSystem, true);
            }

            var owner = DeviceOwner.Unknown;
            var mentioned = false;
            var screen = false;
            foreach (var device in hits)
            {
                if (device.Cue is not (Cue.Device or Cue.Phone) || IsBroken(device) || NegatedAt(device))
                {
                    continue;
                }

                mentioned = true;
                // The owner word nearest before the device decides: "my school laptop" is the school's.
                var nearest = Cue.Negator;
                var nearestStart = -1;
                foreach (var h in hits)
                {
                    // "My personal twitter on the whiteboard PC": the owner word is said of the account, not of the device.
                    if (h.Cue is Cue.SchoolOwned or Cue.OwnOwned && h.End <= device.Start && device.Start - h.End <= 3 && h.Start > nearestStart
                        && !hits.Exists(a => a.Cue is Cue.Platform or Cue.AccountOrPage or Cue.Blog && a.Start >= h.End && a.End <= device.Start))
                    {
                        nearest = h.Cue;
                        nearestStart = h.Start;
                    }
                    else if (device.Cue == Cue.Device && h.End == device.Start && h.Start >= nearestStart && ModifiesDevice(h))
                    {
                        nearest = Cue.SchoolOwned;
                        nearestStart = h.Start;
                    }
                }

                // "Using my own data": an owner said inside the device's own phrase is whose it is, whatever place was said before it.
                if (hits.Exists(h => h.Cue == Cue.OwnOwned && h.Start == device.Start && h.End == device.End)
                    && !hits.Exists(h => h.Cue is Cue.SchoolOwned or Cue.SchoolSystem && h.Start == device.Start && h.End == device.End))
                {
                    nearest = Cue.OwnOwned;
                }

                // "The iPads in Year 4", "the laptop in the office": a class or a school place after a device says whose it is.
                // (Welsh puts the owner after the thing too: "gliniadur yr ysgol" reads "laptop the school".)
                var placeEnd = device.End;
                // "The computer in my office", "the iPad in our classroom": a school place said after the device, whoever's room it is.
                while (placeEnd < tokens.Count && placeEnd - device.End < 2 && tokens[placeEnd].Text is "in" or "from" or "at" or "the" or "my" or "our")
                {
                    placeEnd++;
                }

                if (nearest == Cue.Negator && device.Cue == Cue.Device
                    && hits.Exists(p => p.Cue is Cue.Pupils or Cue.SchoolPlace or Cue.Premises or Cue.SchoolOwned && p.Start >= device.End && p.Start <= placeEnd))
                {
                    nearest = Cue.SchoolOwned;
                }

                // The classroom's screens are the school's, unless the user's own device is the one being used with them.
                if (nearest == Cue.Negator && device.Cue == Cue.Device && IsClassroomScreen(device))
                {
                    screen = true;
                    continue;
                }

                var thisOwner = nearest switch
                {
                    Cue.SchoolOwned => DeviceOwner.SchoolSystem,
                    Cue.OwnOwned => DeviceOwner.Own,
                    _ => device.Cue == Cue.Phone ? DeviceOwner.Own : DeviceOwner.Unknown,
                };
                if (thisOwner == DeviceOwner.SchoolSystem || owner == DeviceOwner.Unknown)
                {
                    owner = owner == DeviceOwner.SchoolSystem ? owner : thisOwner;
                }
            }

            if (owner == DeviceOwner.Unknown && !mentioned && !screen && tokens.Exists(t => PhoneOnlyApps.Contains(t.Text))
                // Only for the app itself: a pupil's home life told to the staff group, or a colleague in the picture, is more than that.
                && !hits.Exists(h => h.Cue is Cue.Pupils or Cue.Staff or Cue.Parents or Cue.Governors or Cue.Confidential or Cue.Sensitive or Cue.Image
                    or Cue.Incident or Cue.Derogatory))
            {
                // "Check my Snapchat streaks at break": apps that live on a phone are used on one's own phone, with no device named.
                return (DeviceOwner.Own, false);
            }

            return (owner == DeviceOwner.Unknown && (screen || (mentioned && SaidToBeTheSchools())) ? DeviceOwner.SchoolSystem : owner, mentioned);
        }

        private static readonly FrozenSet<string> PhoneOnlyApps = new[] { "snapchat", "snap", "snapstreak", "streaks", "bereal", "whatsapp" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "The laptop on my desk? It's the school's": said of the device after naming it, at the end of what is said.
        private bool SaidToBeTheSchools()
        {
            for (var k = 0; k + 2 < tokens.Count; k++)
            {
                if (tokens[k].Text is "its" or "thats" && tokens[k + 1].Text == "the" && tokens[k + 2].Text is "school" or "schools"
                    && (k + 3 == tokens.Count || tokens[k + 3].Clause != tokens[k + 2].Clause
                        || tokens[k + 3].Text is "one" or "laptop" or "computer" or "ipad" or "tablet" or "device" or "though" or "tho" or "not"))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly FrozenSet<string> ScreenWords = new[]
        {
            "whiteboard", "whiteboards", "smartboard", "smartboards", "board", "iwb", "projector", "promethean", "clevertouch", "screen",
        }.ToFrozenSet(StringComparer.Ordinal);

        // Only a screen the user would use ("on the whiteboard", "use the smartboard"), not one in the background of a photo.
        private bool IsClassroomScreen(CueHit device)
        {
            if (!Enumerable.Range(device.Start, device.End - device.Start).Any(k => ScreenWords.Contains(tokens[k].Text)))
            {
                return false;
            }

            var k = device.Start - 1;
            while (k >= 0 && tokens[k].Text is "the" or "a" or "our" or "class" or "classroom" or "interactive" or "big" or "new" or "main" or "smart" or "my")
            {
                k--;
            }

            return k >= 0 && tokens[k].Text is "on" or "onto" or "to" or "through" or "via" or "from" or "use" or "using" or "up";
        }

        private static readonly FrozenSet<string> FamilySettingWords = new[] { "nursery", "creche", "preschool", "childminder" }
            .ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> MessagingApps = new[] { "whatsapp", "messenger", "imessage", "facetime", "signal", "telegram", "text", "texts", "chat" }
            .ToFrozenSet(StringComparer.Ordinal);

        // "I'm a TA", "I am a lunchtime supervisor": the asker's own job, not someone from school in the conversation.
        private bool IsTheAskersRole(CueHit h)
        {
            var k = h.Start - 1;
            while (k >= 0 && tokens[k].Text is "a" or "an" or "the")
            {
                k--;
            }

            return k >= 1 && tokens[k].Text == "am" && tokens[k - 1].Text == "i";
        }

        private static readonly FrozenSet<string> FamilyMessageWords = new[] { "messages", "message", "texts", "text", "whatsapps", "calls", "call" }
            .ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> ReportedSpeech = new[] { "saying", "said", "says", "say", "to say" }.ToFrozenSet(StringComparer.Ordinal);

        // "Text the class teacher on my phone": beside school work, "on my phone" says which device, not that it is checked.
        private bool CheckingThePhone() =>
            hits.Exists(h => h.Cue == Cue.CheckPhone && (!_isDraft || !h.InDraft) && !(tokens[h.Start].Text == "on" && hits.Exists(w => w.Cue == Cue.WorkTask)));

        // "Music for PE", "put some music on for the class": music is personal use unless it is for the lesson.
        private bool IsLessonMusic(CueHit h) =>
            tokens[h.Start].Text is "music" or "song" or "songs" or "playlist" or "spotify" or "youtube"
            && (hits.Exists(t => t.Cue == Cue.TeachingUse) || ForALesson() || hits.Exists(p => p.Cue == Cue.Pupils && p.Clause == h.Clause));

        private static readonly FrozenSet<string> MusicWords =
            new[] { "music", "song", "songs", "playlist", "spotify", "youtube", "tunes", "rhymes", "nursery rhymes" }.ToFrozenSet(StringComparer.Ordinal);

        // "My own Insta", "my personal Twitter", "log into my Facebook": the user's own account on a site.
        private bool PersonalAccount() =>
            hits.Exists(o => o.Cue == Cue.OwnOwned && hits.Exists(p => p.Cue is Cue.Platform or Cue.AccountOrPage && p.Start >= o.End && p.Start - o.End <= 1));

        // "The quiet bit of guided reading", "the middle of maths": a part of a lesson is still the lesson.
        // "While I was doing reading with a Y1": what the user was doing is when, not part of a story about someone else.
        private bool PartOfATime(CueHit h)
        {
            if (h.Start >= 2 && tokens[h.Start - 1].Text == "of" && tokens[h.Start - 2].Text is "bit" or "middle" or "part" or "end" or "start" or "rest" or "half")
            {
                return true;
            }

            // "I was doing phonics", "I am doing reading".
            var k = h.Start - 1;
            if (k >= 0 && tokens[k].Text == "doing")
            {
                k--;
            }

            return k >= 1 && tokens[k].Text is "was" or "am" or "were" && tokens[k - 1].Text == "i";
        }

        // "In my lesson", "in lesson time": a lesson after "in" (and "my", "the" or "a") is when, not only what is named. Only the
        // lesson itself: "announced in assembly" names where news was given.
        private bool SaidAsATime(CueHit h)
        {
            if (tokens[h.End - 1].Text is not ("lesson" or "lessons") && !(h.End < tokens.Count && tokens[h.End].Text == "time"))
            {
                return false;
            }

            var k = h.Start - 1;
            while (k >= 0 && tokens[k].Text is "my" or "the" or "a" or "our")
            {
                k--;
            }

            return k >= 0 && tokens[k].Text == "in";
        }

        // "In assembly" says when only if the question is about using a device then; in "a pupil cried in assembly" it is content.
        private static TimeOfUse Time(Func<Cue, bool> has, bool usesDevice) =>
            has(Cue.Lessons) || has(Cue.Duty) || (usesDevice && has(Cue.LessonActivity)) ? TimeOfUse.LessonsOrWorkingTime
            // "On the trip with Year 1, we've stopped for lunch": lunch on a trip with the pupils is still looking after them.
            : has(Cue.Break) && usesDevice && has(Cue.Trip) && has(Cue.Pupils) ? TimeOfUse.LessonsOrWorkingTime
            : has(Cue.Break) ? TimeOfUse.Break
            : has(Cue.SchoolDay) ? TimeOfUse.SchoolDay
            : has(Cue.OwnTime) ? TimeOfUse.OwnTime
            : TimeOfUse.Unknown;

        private static ContentKinds ContentKinds(Func<Cue, bool> has, Func<Cue, bool> hasPlain)
        {
            var kinds = Answers.ContentKinds.None;
            if (hasPlain(Cue.Confidential))
            {
                kinds |= Answers.ContentKinds.Confidential;
            }

            if (has(Cue.Incident))
            {
                kinds |= Answers.ContentKinds.Incident;
            }

            if (hasPlain(Cue.Derogatory))
            {
                kinds |= Answers.ContentKinds.Derogatory;
            }

            if (hasPlain(Cue.Defamatory))
            {
                kinds |= Answers.ContentKinds.Defamatory;
            }

            if (hasPlain(Cue.Discriminatory))
            {
                kinds |= Answers.ContentKinds.Discriminatory;
            }

            if (hasPlain(Cue.Threatening))
            {
                kinds |= Answers.ContentKinds.Threatening;
            }

            if (hasPlain(Cue.Embarrassing))
            {
                kinds |= Answers.ContentKinds.Embarrassing;
            }

            if (has(Cue.Positive))
            {
                kinds |= Answers.ContentKinds.Positive;
            }

            if (has(Cue.NewsOrOpinion))
            {
                kinds |= Answers.ContentKinds.NewsOrOpinion;
            }

            if (has(Cue.PersonalLife))
            {
                kinds |= Answers.ContentKinds.PersonalLife;
            }

            if (has(Cue.PupilWork))
            {
                kinds |= Answers.ContentKinds.PupilWork;
            }

            return kinds;
        }

        private (People About, bool UnclearChildren, bool NegatedPupils) People(Func<CueHit, bool> content, Func<CueHit, bool> negated)
        {
            var about = Answers.People.None;
            var negatedPupils = false;
            var schoolContext = hits.Exists(h => h.Cue is Cue.Pupils or Cue.Premises or Cue.Trip or Cue.Lessons);
            var unclear = false;
            foreach (var h in hits)
            {
                // "The class's parents", "pupils' mums": the pupils only say whose parents they are.
                if (!content(h) || ModifiesDevice(h) || (h.Cue == Cue.Pupils && hits.Exists(p => p.Cue == Cue.Parents && p.Start == h.End)))
                {
                    continue;
                }

                // "I'm a TA", "as head": the asker's own role, not someone the question is about.
                // "Caretaker here", "Gofalwr ydw i" (caretaker I am): the asker introducing themselves.
                if (h.Cue == Cue.Staff && h.Start <= 1 && h.End < tokens.Count
                    && (tokens[h.End].Text == "here" || (h.End + 1 < tokens.Count && tokens[h.End].Text is "am" or "i" && tokens[h.End + 1].Text is "i" or "am"))
                    && !hits.Exists(p => p.Cue is Cue.PostVerb or Cue.MessageVerb && p.Start < h.Start))
                {
                    continue;
                }

                // "About being a teacher", "life as a TA", "im a dinner lady": the asker's own role.
                if (h.Cue == Cue.Staff && h.Start >= 1 && (tokens[h.Start - 1].Text is "am" or "as" or "im" or "being"
                    || (h.Start >= 2 && tokens[h.Start - 1].Text is "a" or "an" or "the" && tokens[h.Start - 2].Text is "am" or "as" or "im" or "being")))
                {
                    continue;
                }

                // "Nothing about the school or the children": a negation runs on through a list.
                if (h.Cue is Cue.Pupils or Cue.School && !negated(h) && ListedAfter(h, negated))
                {
                    if (h.Cue == Cue.Pupils)
                    {
                        negatedPupils = true;
                    }

                    continue;
                }

                var person = h.Cue switch
                {
                    Cue.School => Answers.People.School,
                    Cue.Staff => Answers.People.Staff,
                    Cue.Pupils => Answers.People.Pupils,
                    Cue.Parents => Answers.People.Parents,
                    Cue.Governors => Answers.People.Governors,
                    Cue.Council => Answers.People.Council,
                    // "Her son", "a parent's kid": someone else's child, presumed a pupil; only "my son" is the asker's family.
                    Cue.Family when IsSomeoneElsesChild(h) => Answers.People.Pupils,
                    Cue.Family => Answers.People.Family,
                    Cue.Self => Answers.People.Self,
                    Cue.Unconnected => Answers.People.Unconnected,
                    Cue.Inspectorate => Answers.People.Inspectorate,
                    Cue.MyChildren => schoolContext ? Answers.People.Pupils : Answers.People.Family,
                    _ => Answers.People.None,
                };
                if (person == Answers.People.None)
                {
                    continue;
                }

                if (person == Answers.People.Pupils && IsFormer(h))
                {
                    person = Answers.People.FormerPupils;
                }

                // "Nothing about this school", "not about work": the school is ruled out, not talked about.
                if (negated(h) && person == Answers.People.School && h.Cue == Cue.School)
                {
                    continue;
                }

                if (negated(h) && person == Answers.People.Pupils)
                {
                    negatedPupils = true;
                    continue;
                }

                if (h.Cue == Cue.MyChildren && schoolContext)
                {
                    unclear = true;
                }

                about |= person;
            }

            return (about, unclear, negatedPupils);
        }

        // "A dad from school", "the mums at school": where someone is from, not where a picture was taken.
        private bool SaysWhereSomeoneIsFrom(CueHit place) =>
            place.Start >= 2 && tokens[place.Start - 1].Text is "from" or "at"
            && hits.Exists(p => p.Cue is Cue.Parents or Cue.Staff or Cue.ThirdParty or Cue.Governors && p.End == place.Start - 1);

        private static readonly FrozenSet<string> ChildWords = new[]
        {
            "son", "sons", "daughter", "daughters", "child", "children", "kid", "kids", "boy", "girl", "little", "baby",
        }.ToFrozenSet(StringComparer.Ordinal);

        // A child word after "her", "his", "their" or a parent word is someone else's child: a pupil, unless said otherwise.
        private bool IsSomeoneElsesChild(CueHit h) =>
            ChildWords.Contains(tokens[h.Start].Text) && !hits.Exists(r => r.Cue == Cue.OtherSchool)
            && ((h.Start > 0 && tokens[h.Start - 1].Text is "her" or "his" or "their" or "parent" or "parents" or "mum" or "mums" or "dad" or "dads")
                // "The son of one of the parents" (as a Welsh question reads in English).
                || (h.End < tokens.Count && tokens[h.End].Text is "of" or "one"
                    && hits.Exists(p => p.Cue == Cue.Parents && p.Start >= h.End && p.Start - h.End <= 4
                        && Enumerable.Range(h.End, p.Start - h.End).All(k => tokens[k].Text is "of" or "one" or "the" or "a" or "our" or "o"))));

        private bool ListedAfter(CueHit h, Func<CueHit, bool> negated) =>
            hits.Exists(p => p.Cue is Cue.Pupils or Cue.School or Cue.Staff or Cue.Parents && p.End <= h.Start && p.Clause == h.Clause && negated(p)
                && h.Start - p.End <= 3 && Enumerable.Range(p.End, h.Start - p.End).All(k => tokens[k].Text is "or" or "and" or "nor" or "the" or "its" or "our" or "any"));

        private bool IsFormer(CueHit pupil) =>
            hits.Exists(f => f.Cue == Cue.Former && (f.Start == pupil.Start || (f.End <= pupil.Start && pupil.Start - f.End <= 2) || (f.Start >= pupil.End && f.Start - pupil.End <= 3)));

        private bool? Identifiable(Func<CueHit, bool> negated, bool pupilsNegated)
        {
            // Hidden or blurred faces are not "unidentifiable": uniform, hair and names still identify (FacesHidden says it).
            if (pupilsNegated || hits.Exists(h => h.Cue == Cue.Unidentifiable && tokens[h.Start].Text is "unidentifiable" or "unrecognisable" or "nobody" or "anonymised" or "anonymized"))
            {
                return false;
            }

            // "My face looked like a potato": the asker's own face identifies no pupil.
            return hits.Exists(h => h.Cue == Cue.Face && !(h.Start > 0 && tokens[h.Start - 1].Text is "my" or "your")) ? true : null;
        }

        private static PolicyTopics Topics(Func<Cue, bool> has, ContentKinds content, bool hasImage)
        {
            var topics = PolicyTopics.None;
            if (has(Cue.Monitoring))
            {
                topics |= PolicyTopics.Monitoring;
            }

            if (has(Cue.ScopeQuestion) || (has(Cue.Applies) && has(Cue.PolicyWord)))
            {
                topics |= PolicyTopics.Scope;
            }

            if (has(Cue.Consequence))
            {
                topics |= PolicyTopics.Consequences;
            }

            if (has(Cue.Evidence) || has(Cue.Anonymity))
            {
                topics |= PolicyTopics.Evidence;
            }

            if (has(Cue.Privacy))
            {
                topics |= PolicyTopics.PrivacySettings;
            }

            if (has(Cue.Purpose))
            {
                topics |= PolicyTopics.Purpose;
            }

            if (has(Cue.WhatPolicySays))
            {
                topics |= PolicyTopics.RulesOnTopic;
            }

            if (has(Cue.Show) && has(Cue.PolicyWord) && content == Answers.ContentKinds.None && !hasImage)
            {
                topics |= PolicyTopics.ShowSections;
            }

            return topics;
        }

        private List<string> RequestedSections()
        {
            var requested = new List<string>();
            foreach (var h in hits)
            {
                if (h.Cue == Cue.SectionWord && h.End < tokens.Count)
                {
                    var next = tokens[h.End].Text;
                    if (next.Length == 1 && next[0] is >= '1' and <= '9' && !requested.Contains(next))
                    {
                        requested.Add(next);
                    }
                }
                else if (h.Cue == Cue.SectionName)
                {
                    var id = SectionForName(tokens, h);
                    if (id is not null && !requested.Contains(id))
                    {
                        requested.Add(id);
                    }
                }
            }

            return requested;
        }

        private static string? SectionForName(List<Token> tokens, CueHit hit)
        {
            for (var k = hit.Start; k < hit.End; k++)
            {
                switch (tokens[k].Text)
                {
                    case "statement":
                        return "statement";
                    case "disciplinary":
                        return "disciplinary";
                    case "evidence":
                        return "evidence";
                    case "advice":
                        return "advice";
                    case "procedure":
                        return "procedure";
                    default:
                        continue;
                }
            }

            return null;
        }
    }
}

internal readonly record struct CueHit(Cue Cue, int Start, int End, int Clause, bool InDraft);
