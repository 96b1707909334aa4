using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>What the asker would do about a post someone else wrote.</summary>
internal enum ResponseToOthersPost
{
    None,

    /// <summary>Report it, tell someone, screenshot it and send it to the head: a concern being raised.</summary>
    Report,

    /// <summary>Reply or comment defending the school or a colleague against it.</summary>
    Defend,

    /// <summary>Neither: the asker saw it and asks something else about it (is a screenshot enough evidence?).</summary>
    Witness,
}

/// <summary>
/// Item 4 read from the shape of a question rather than its words alone: whose words the derogatory ones are (someone
/// else's post reported or answered is not the asker's own post), and whether a joke has a butt at all.
/// </summary>
internal static class ToneReading
{
    // Reach, in words, between a person and what they did ("a supply teacher on tiktok ranting").
    private const int AuthorReach = 8;

    /// <summary>
    /// Someone else wrote the post ("a colleague's nasty post", "the dinner lady has written on the village group that …",
    /// "someone posted that …") and the asker asks whether to report it or to reply defending the school. Liking, sharing or
    /// joining in is neither: that is posting it again, and the rules on the asker's own posts decide it.
    /// </summary>
    public static ResponseToOthersPost ResponseToOthersPost(List<Token> tokens, List<CueHit> hits)
    {
        if (!SomeoneElseWrotePost(tokens, hits) || JoinsIn(tokens, hits) || AsksAboutReporting(tokens, hits))
        {
            return Answers.ResponseToOthersPost.None;
        }

        if (Defends(tokens))
        {
            return Answers.ResponseToOthersPost.Defend;
        }

        return Reports(tokens, hits) ? Answers.ResponseToOthersPost.Report : Answers.ResponseToOthersPost.Witness;
    }

    /// <summary>
    /// A joke about teaching life with no butt: a joke is said ("meme", "lol", a laughing emoji), every person in it is the
    /// profession or children in general ("teacher problems", "kids who say 'miss' 400 times a day"), and the only gripes are
    /// about the job, not about anyone ("glitter", "marking", "awful day"). Established positively: any person who could be
    /// identified, any insult, the school or any group connected with it, and it is not general.
    /// </summary>
    /// <summary>
    /// "Especially Jack", "teacher problems: Alfie ate a crayon", "overheard: \"Mia says…\"": a capitalised word the lexicon
    /// doesn't know, inside a sentence or opening a phrase after a colon or quote, may be someone's name.
    /// </summary>
    public static bool MayNameSomeone(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            // (A capital after a break that opens a phrase, "😂 Only…", is no name even where it also counts as capitalised.)
            if ((t.Capitalised || t.CapitalAfterBreak) && !(t.CapitalAfterBreak && PhraseOpeners.Contains(t.Text)) && t.Text.Length > 1 && t.Text.All(char.IsLetter)
                && !Lexicon.Phrases.ContainsKey(t.Text) && !NotNames.Contains(t.Text) && !InTitle(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    // "Hot Cross Buns", "Twinkle Twinkle Little Star": three or more capitalised words in a row are a title, not a person.
    private static bool InTitle(List<Token> tokens, int k)
    {
        static bool Capital(Token t) => t.Capitalised || t.CapitalAfterBreak;
        var start = k;
        while (start > 0 && Capital(tokens[start - 1]))
        {
            start--;
        }

        var end = k;
        while (end + 1 < tokens.Count && Capital(tokens[end + 1]))
        {
            end++;
        }

        return end - start >= 2;
    }

    public static bool IsGeneralHumour(List<Token> tokens, List<CueHit> hits)
    {
        if (!hits.Exists(h => h.Cue == Cue.Humour && !Negated(hits, h)) && !tokens.Exists(t => t.Text == Laughter))
        {
            return false;
        }

        if (MayNameSomeone(tokens))
        {
            return false;
        }

        // A joke posted, not a pupil or parent contacted, and nobody's children or relatives in it.
        if (hits.Exists(h => h.Cue is Cue.MessageVerb or Cue.ConnectVerb or Cue.Family or Cue.Unconnected or Cue.Image or Cue.PhotographVerb))
        {
            return false;
        }

        var someone = false;
        foreach (var h in hits)
        {
            var text = Text(tokens, h);
            switch (h.Cue)
            {
                case Cue.School or Cue.Parents or Cue.Governors or Cue.Council or Cue.Former or Cue.Inspectorate or Cue.MyChildren
                    or Cue.Relative or Cue.ThirdParty or Cue.OtherChildren or Cue.Name or Cue.NamesShown:
                    if (!Negated(hits, h))
                    {
                        return false;
                    }

                    break;
                case Cue.Staff:
                    if (!GenericRole(tokens, h))
                    {
                        return false;
                    }

                    someone = true;
                    break;
                case Cue.Pupils:
                    if (!ChildrenInGeneral(tokens, h))
                    {
                        return false;
                    }

                    someone = true;
                    break;
                case Cue.Derogatory or Cue.Defamatory or Cue.Discriminatory or Cue.Threatening or Cue.Complaint or Cue.CriticalHint
                    or Cue.Embarrassing or Cue.Incident or Cue.Confidential or Cue.Sensitive or Cue.InConfidence:
                    // "It's just a joke", a "meme": what it is, not a gripe, unless said of someone ("the head is a joke").
                    if (hits.Exists(u => u.Cue == Cue.Humour && u.Start == h.Start && u.End == h.End)
                        || (text.EndsWith("joke", StringComparison.Ordinal) && !NearAPerson(hits, h)))
                    {
                        break;
                    }

                    if (!SoftGripes.Contains(text) || (text != "problems" && NearAPerson(hits, h)))
                    {
                        return false;
                    }

                    break;
                default:
                    break;
            }
        }

        // "Teacher problems", "kids who say miss": the people are the profession and children in general, never "my class".
        return someone || hits.Exists(h => h.Cue == Cue.Humour && Text(tokens, h) is "teacher life" or "teacherlife" or "living the dream");
    }

    /// <summary>
    /// Criticism of the Council or an inspectorate with the school ruled out in so many words ("the council's closing our
    /// leisure centre, nothing to do with school", "Ofsted, we're in Wales so it's nothing to do with us"): no colleague,
    /// pupil, family or governor in it. Item 4 still covers the Council's standing, so the wording decides, not the subject.
    /// </summary>
    public static bool IsCriticismBeyondTheSchool(List<Token> tokens, List<CueHit> hits)
    {
        var ruledOut = hits.Exists(h => h.Cue == Cue.School && Negated(hits, h))
            || Enumerable.Range(0, Math.Max(0, tokens.Count - 3)).Any(k => tokens[k].Text == "nothing" && tokens[k + 1].Text == "to"
                && tokens[k + 2].Text == "do" && k + 4 < tokens.Count && tokens[k + 3].Text == "with"
                && tokens[k + 4].Text is "school" or "us" or "work" or "the" or "our");
        if (!ruledOut || !hits.Exists(h => h.Cue is Cue.Council or Cue.Inspectorate))
        {
            return false;
        }

        // "Ofsted" reads as the school's inspection too: only a school word of its own counts as the school.
        return !hits.Exists(h => !Negated(hits, h) && (h.Cue is Cue.Staff or Cue.Pupils or Cue.Parents or Cue.Governors or Cue.Former
                or Cue.MyChildren or Cue.ThirdParty or Cue.Name
            || (h.Cue == Cue.School && !(hits.Exists(i => i.Cue == Cue.Inspectorate && i.Start == h.Start) && tokens[h.Start].Text != "our")
                && !RuledOutHere(tokens, h))));
    }

    // "Nothing to do with school": the school word inside the phrase that rules it out.
    private static bool RuledOutHere(List<Token> tokens, CueHit h) =>
        h.Start >= 1 && tokens[h.Start - 1].Text is "with" or "our" or "the" && h.Start >= 2
        && Enumerable.Range(Math.Max(0, h.Start - 6), h.Start - Math.Max(0, h.Start - 6)).Any(k => tokens[k].Text == "nothing");

    private static string Text(List<Token> tokens, CueHit h) => string.Join(' ', tokens.Skip(h.Start).Take(h.End - h.Start).Select(t => t.Text));

    private static bool Negated(List<CueHit> hits, CueHit h) =>
        hits.Exists(n => n.Cue == Cue.Negator && n.Clause == h.Clause && n.Start < h.Start && h.Start - n.End < 4);

    private static bool NearAPerson(List<CueHit> hits, CueHit h) =>
        hits.Exists(p => p.Cue is Cue.Staff or Cue.Pupils or Cue.Parents or Cue.School or Cue.ThirdParty or Cue.Governors
            && p.Clause == h.Clause && Math.Abs(p.Start - h.Start) <= 3);

    // "A teacher", "teacher problems", "being a dinner lady", the word "miss" the children say: the job, not a colleague.
    private static bool GenericRole(List<Token> tokens, CueHit h)
    {
        if (!Enumerable.Range(h.Start, h.End - h.Start).All(k => GenericRoles.Contains(tokens[k].Text)))
        {
            return false;
        }

        return h.Start == 0 || !Determiners.Contains(tokens[h.Start - 1].Text);
    }

    // "Kids who say 'miss'", "yr2 teacher": children in general, or a year group that only says which teacher the asker is.
    private static bool ChildrenInGeneral(List<Token> tokens, CueHit h)
    {
        var next = h.End < tokens.Count ? tokens[h.End].Text : "";
        if (next is "teacher" or "ta" or "teachers" or "tas")
        {
            return true;
        }

        var previous = h.Start > 0 ? tokens[h.Start - 1].Text : "";
        return h.End - h.Start == 1 && tokens[h.Start].Text is "kids" or "children" or "pupils" && !Determiners.Contains(previous)
            && next is "who" or "that" or "saying" or "asking" or "telling";
    }

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "xmas", "easter", "wales",
        "welsh", "england", "english", "im", "ive", "id", "i", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
        "saturdays", "sundays",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that open a phrase after a colon or a quote without naming anyone ("teacher problems: The glitter…").
    private static readonly FrozenSet<string> PhraseOpeners = new[]
    {
        "the", "a", "an", "my", "me", "we", "us", "our", "you", "your", "it", "its", "this", "that", "these", "those", "when", "what",
        "why", "how", "who", "so", "and", "but", "or", "if", "just", "no", "not", "yes", "oh", "ok", "okay", "omg", "lol", "literally",
        "today", "tonight", "tomorrow", "yesterday", "every", "all", "some", "one", "nobody", "everyone", "everybody", "anyone",
        "there", "here", "then", "now", "still", "never", "always", "only", "another", "again", "being", "having", "trying",
        "send", "pray", "help", "day", "week", "term", "morning", "afternoon", "evening", "night", "dear", "thank", "thanks",
        "happy", "good", "bad", "best", "worst", "new", "last", "first", "next", "hello", "hi", "hiya", "bore", "da", "diolch",
        "iawn", "ti", "fi", "ni", "nhw", "y", "yr", "mae", "dw", "oes", "wedi", "ar", "yn", "ond", "i",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GenericRoles = new[]
    {
        "teacher", "teachers", "ta", "tas", "teaching", "supply", "dinner", "lunch", "lady", "ladies", "miss", "sir",
        "headteacher", "headteachers", "assistant", "assistants", "primary",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "our", "the", "my", "this", "that", "these", "those", "his", "her", "their", "your", "one", "another", "other", "some",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Gripes about the job itself; said of a person they are not soft (checked by NearAPerson).
    private static readonly FrozenSet<string> SoftGripes = new[]
    {
        "problems", "awful", "hate", "moan", "moaning", "bad day", "survived", "dreading",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The gloss of a Welsh question keeps words, not emoji: an eye-roll after "diolch … am benderfyniad gwych arall" (thanks
    /// for another brilliant decision) is what makes it sarcasm, so it is carried over to the English reading.
    /// </summary>
    public static string KeepSarcasm(string original, string gloss)
    {
        ArgumentNullException.ThrowIfNull(original);
        foreach (var emoji in SarcasmEmoji)
        {
            if (original.Contains(emoji, StringComparison.Ordinal))
            {
                return gloss + " " + emoji;
            }
        }

        return gloss;
    }

    /// <summary>
    /// A laughing emoji says "this is a joke", but only to <see cref="IsGeneralHumour"/>: kept as a word no cue reads, so it
    /// cannot make anything else a joke (a pupil waving in a game with 😅 is still contact with a pupil).
    /// </summary>
    public static string KeepLaughter(string original, string text)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Array.Exists(LaughterEmoji, e => original.Contains(e, StringComparison.Ordinal)) ? text + " " + Laughter : text;
    }

    internal const string Laughter = "laughteremoji";

    // 😂 🤣 😆 😅 😹
    private static readonly string[] LaughterEmoji = ["\U0001F602", "\U0001F923", "\U0001F606", "\U0001F605", "\U0001F639"];

    // 🙄 🙃 😒 🤦 😤, as the tokenizer reads them.
    private static readonly string[] SarcasmEmoji = ["\U0001F644", "\U0001F643", "\U0001F612", "\U0001F926", "\U0001F624"];

    private static bool SomeoneElseWrotePost(List<Token> tokens, List<CueHit> hits)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var word = tokens[k].Text;
            // "A colleague's nasty post", "her rant", "the post by a colleague" (as Welsh reads: "post … gan gydweithiwr").
            if (PostNouns.Contains(word))
            {
                if (OwnedBySomeoneElse(tokens, hits, k) || WrittenBy(tokens, hits, k))
                {
                    return true;
                }

                // "Saw a post on the community page", "there's a tweet going round".
                if (Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => SeenWords.Contains(tokens[j].Text) && tokens[j].Clause == tokens[k].Clause))
                {
                    return true;
                }
            }

            // "One of the dinner ladies has written …", "someone posted …", "a supply teacher on tiktok ranting …".
            if (AuthorVerbs.Contains(word) && AuthorBefore(tokens, hits, k))
            {
                return true;
            }
        }

        return false;
    }

    // A person word just before the noun, with at most two words between ("a colleague nasty post", "her latest post").
    private static bool OwnedBySomeoneElse(List<Token> tokens, List<CueHit> hits, int noun)
    {
        // Welsh puts the owner after the thing: "post cydweithiwr" reads "post colleague".
        if (noun >= 1 && tokens[noun - 1].Text is "of" or "o" && noun + 1 < tokens.Count && tokens[noun + 1].Clause == tokens[noun].Clause
            && tokens[noun + 1].Text is not ("a" or "an" or "the") && IsOtherPerson(hits, noun + 1))
        {
            return true;
        }

        for (var j = noun - 1; j >= Math.Max(0, noun - 3); j--)
        {
            var text = tokens[j].Text;
            if (tokens[j].Clause != tokens[noun].Clause || text is "my" or "our" or "i" or "me" or "us" or "we")
            {
                return false;
            }

            if (OtherOwnerWords.Contains(text) || IsOtherPerson(hits, j))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WrittenBy(List<Token> tokens, List<CueHit> hits, int noun)
    {
        for (var j = noun + 1; j < Math.Min(tokens.Count, noun + 7); j++)
        {
            // "By a colleague", not "a review by staff" (the asker is staff).
            if (tokens[j].Text == "by" && j + 1 < tokens.Count && tokens[j + 1].Text is not ("staff" or "teachers" or "employees")
                && (IsOtherPerson(hits, j + 1) || (j + 2 < tokens.Count && IsOtherPerson(hits, j + 2))))
            {
                return true;
            }
        }

        return false;
    }

    // The author comes before the verb, in its subject place: not "about a colleague", "to a parent" or the asker's own role.
    private static bool AuthorBefore(List<Token> tokens, List<CueHit> hits, int verb)
    {
        for (var j = verb - 1; j >= Math.Max(0, verb - AuthorReach); j--)
        {
            if (tokens[j].Clause != tokens[verb].Clause || tokens[j].Text is "i" or "we" or "me" or "my" or "if")
            {
                return false;
            }

            if ((AuthorWords.Contains(tokens[j].Text) || IsOtherPerson(hits, j))
                && !(j > 0 && tokens[j - 1].Text is "about" or "to" or "with" or "for" or "at" or "am" or "im" or "as"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOtherPerson(List<CueHit> hits, int k) =>
        hits.Exists(h => h.Cue is Cue.ThirdParty or Cue.Staff or Cue.Parents or Cue.Governors or Cue.Unconnected or Cue.OtherPoster
            && h.Start <= k && k < h.End);

    private static bool JoinsIn(List<Token> tokens, List<CueHit> hits) =>
        hits.Exists(h => h.Cue == Cue.Endorse && !IsWitnessed(tokens, h))
        || Enumerable.Range(0, tokens.Count).Any(k => EndorseWords.Contains(tokens[k].Text)
            && !(k > 0 && tokens[k - 1].Text is "she" or "he" or "they" or "who" or "has" or "have" or "had" or "was" or "been" or "and"))
        || Enumerable.Range(0, tokens.Count).Any(k => JoinWords.Contains(tokens[k].Text)
            || (tokens[k].Text == "join" && k + 1 < tokens.Count && tokens[k + 1].Text is "in" or "it"));

    // "She shared it", "a colleague liked it": someone else's endorsement is part of what was seen, not the asker's.
    private static bool IsWitnessed(List<Token> tokens, CueHit h) =>
        h.Start > 0 && tokens[h.Start - 1].Text is "she" or "he" or "they" or "who" or "has" or "have" or "had" or "was" or "been";

    private static bool Defends(List<Token> tokens)
    {
        var replies = false;
        var contradicts = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var word = tokens[k].Text;
            if (DefendWords.Contains(word) || (word is "stick" or "stand" or "sticking" or "standing" && k + 2 < tokens.Count && tokens[k + 1].Text == "up" && tokens[k + 2].Text == "for")
                || (word == "record" && k + 1 < tokens.Count && tokens[k + 1].Text == "straight"))
            {
                return true;
            }

            replies |= ReplyWords.Contains(word);
            contradicts |= word is "lies" or "untrue" or "false" or "wrong" || (word == "not" && k + 1 < tokens.Count && tokens[k + 1].Text == "true");
        }

        return replies && contradicts;
    }

    // "If I report it, will they know it was me?": a question about reporting, answered as information.
    private static bool AsksAboutReporting(List<Token> tokens, List<CueHit> hits) =>
        hits.Exists(h => h.Cue == Cue.Anonymity && tokens[h.Start].Text is not ("anonymous" or "anonymously" or "anon"))
        || Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).Any(k => tokens[k].Text == "if" && tokens[k + 1].Text is "i" or "we"
            && tokens[k + 2].Text is "report" or "raise" or "send" or "tell" or "screenshot" or "forward")
        // "If someone reports a post to me, can I act on it?": how a report is handled, asked as information.
        || hits.Exists(r => r.Cue == Cue.Report && r.Start >= 1 && Enumerable.Range(Math.Max(0, r.Start - 3), r.Start - Math.Max(0, r.Start - 3))
            .Any(k => tokens[k].Text == "if" && !(k + 1 < tokens.Count && tokens[k + 1].Text is "i" or "we")));

    private static bool Reports(List<Token> tokens, List<CueHit> hits)
    {
        if (hits.Exists(h => h.Cue is Cue.Report or Cue.HelpSeeking && tokens[h.Start].Text is not ("advice" or "help" or "worried" or "concerned")))
        {
            return true;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            var word = tokens[k].Text;
            var next = k + 1 < tokens.Count ? tokens[k + 1].Text : "";
            var after = k + 2 < tokens.Count ? tokens[k + 2].Text : "";
            // "Send it to the head", "who do i send it to", "forward it", "show the head", "tell someone".
            if ((word is "send" or "forward" or "show" or "give" && (next is "it" or "them" or "this" or "to" or "the" || after is "head" or "to"))
                || (word is "tell" or "telling" && (TellWhom.Contains(next) || TellWhom.Contains(after)))
                || (word is "say" or "saying" or "mention" && (SayWhat.Contains(next) || SayWhat.Contains(after)))
                || word == "screenshot" && tokens.Exists(t => t.Text is "head" or "send" or "report" or "tell"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> PostNouns = new[]
    {
        "post", "posts", "tweet", "tweets", "comment", "comments", "rant", "video", "tiktok", "status", "meme", "review", "reel",
        "story", "caption", "message",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OtherOwnerWords = new[]
    {
        "her", "his", "their", "someone", "somebody", "someones", "somebodys", "colleague", "colleagues", "husband", "wife",
        "partner", "anonymous", "anon",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AuthorWords = new[]
    {
        "someone", "somebody", "anonymous", "anon", "she", "he", "they", "colleague", "friend", "husband", "wife", "partner",
        "supervisor", "cleaner", "volunteer", "student", "trainee", "helper",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AuthorVerbs = new[]
    {
        "posted", "wrote", "written", "writing", "write", "tweeted", "commented", "commenting", "ranting", "ranted", "accusing",
        "accused", "slagging", "slagged", "uploaded", "tagged", "calling", "called", "posting", "posts", "arguing",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SeenWords = new[] { "saw", "seen", "spotted", "noticed", "found", "theres", "came" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EndorseWords = new[]
    {
        "like", "liked", "liking", "share", "shared", "sharing", "retweet", "retweeted", "repost", "reposted", "hoffi", "rhannu",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> JoinWords = new[] { "agree", "agreeing", "joining", "pile", "also" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DefendWords = new[] { "defend", "defending", "defence", "defense" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReplyWords = new[] { "reply", "replying", "respond", "responding", "comment", "commenting", "answer", "say" }
        .ToFrozenSet(StringComparer.Ordinal);

    // "Say something", "saying anything to her": speaking up, not saying what a post would say ("say the school's …").
    private static readonly FrozenSet<string> SayWhat = new[] { "something", "anything", "someone", "somebody", "anyone", "by" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TellWhom = new[]
    {
        "someone", "somebody", "anyone", "anybody", "anything", "something", "the", "head", "my", "her", "him", "them", "slt", "dsl",
        "management",
    }.ToFrozenSet(StringComparer.Ordinal);
}
