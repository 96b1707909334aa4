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
            if (tokens[j].Clause != tokens[noun].Clause || text is "my" or "our" or "i" or "me")
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
            && tokens[k + 2].Text is "report" or "raise" or "send" or "tell" or "screenshot" or "forward");

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
                || (word is "tell" or "say" or "saying" or "telling" or "mention" && (TellWhom.Contains(next) || TellWhom.Contains(after)))
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

    private static readonly FrozenSet<string> TellWhom = new[]
    {
        "someone", "somebody", "anyone", "anybody", "anything", "something", "the", "head", "my", "her", "him", "them", "slt", "dsl",
        "management",
    }.ToFrozenSet(StringComparer.Ordinal);
}
