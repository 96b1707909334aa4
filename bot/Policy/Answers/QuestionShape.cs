using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The shape of a question, as against its topic: "can I / is it ok to / am I allowed to DO something" asks for a verdict on
/// the asker's own act, even when a word of an information topic is in it ("for evidence", "keep an eye on", "my private
/// account"); "what happens if", "does the policy cover me" ask about the policy. The words of the act are read elsewhere.
/// </summary>
internal static class QuestionShape
{
    // The words that ask leave to act: "can I", "could we", "should I".
    private static readonly FrozenSet<string> Modals = new[] { "can", "could", "may", "shall", "should", "might", "cud", "gaf", "ga", "alla" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Words between "can I" and the verb that change nothing: "can I just post", "could I still share".
    private static readonly FrozenSet<string> Fillers = new[]
    {
        "just", "still", "also", "quickly", "then", "maybe", "actually", "even", "ever", "please", "now", "go", "possibly", "at", "least",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "Can I be sacked", "can I get in trouble", "can I tell someone", "can I ask who reported it": what would happen to the
    // asker, or the asker raising a concern, is not an act the policy rules on.
    private static readonly FrozenSet<string> NotActs = new[]
    {
        "be", "get", "lose", "report", "tell", "ask", "raise", "speak", "talk", "appeal", "find", "know", "refuse", "complain", "flag",
        "mention", "inform", "contact", "email", "warn", "let", "say", "read", "see", "have", "do", "need", "i", "we", "you",
        "not", "no", "cant", "never", "the", "a", "it", "that", "this",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "Have" and "do" ask leave to act when what follows is something to keep or make: "can I have a Facebook account",
    // "can we have a staff WhatsApp group", "can I do a TikTok".
    private static readonly FrozenSet<string> ArticleWords = new[] { "a", "an", "my", "our", "the", "some", "one", "another", "two" }
        .ToFrozenSet(StringComparer.Ordinal);

    // "Is it ok to", "would it be alright if I", "am I allowed to".
    private static readonly FrozenSet<string> Acceptable = new[]
    {
        "ok", "okay", "alright", "allowed", "fine", "acceptable", "appropriate", "permitted", "iawn",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WhWords = new[] { "what", "who", "how", "where", "when", "why", "which", "whom" }
        .ToFrozenSet(StringComparer.Ordinal);

    // The information topics: a topic word right after the verb is what the act is about ("use a screenshot", "make my
    // account private"), so the question asks about that topic.
    private static readonly Cue[] TopicCues =
    [
        Cue.Privacy, Cue.Evidence, Cue.Anonymity, Cue.Monitoring, Cue.Consequence, Cue.ScopeQuestion, Cue.WhatPolicySays, Cue.Purpose,
        Cue.PolicyWord,
    ];

    private static readonly Cue[] ActCues =
    [
        Cue.PostVerb, Cue.UseVerb, Cue.MessageVerb, Cue.ConnectVerb, Cue.PhotographVerb, Cue.Endorse, Cue.SetUp, Cue.ViewVerb, Cue.Review,
    ];

    // "Is that ok", "that's fine isn't it", "is that a problem", "does that count", "would that breach this".
    private static readonly FrozenSet<string> Confirmations = new[]
    {
        "ok", "okay", "alright", "allowed", "fine", "acceptable", "appropriate", "problem", "issue", "breach", "breaking", "against",
        "count", "wrong",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The asker asks leave to do something: "can I post…", "is it ok to…", "am I allowed to…", "would it be a problem if I…".</summary>
    public static bool AsksToDo(List<Token> tokens, List<CueHit> hits) => AsksToDo(tokens, hits, withIntentions: false);

    /// <summary>
    /// The asker asks leave to do something or says they mean to ("I want to share it"). A stated intention is not a question:
    /// beside "does the policy still apply?" it is the case asked about, so only the question whether a concern is being raised
    /// reads it.
    /// </summary>
    public static bool AsksOrMeansToDo(List<Token> tokens, List<CueHit> hits) => AsksToDo(tokens, hits, withIntentions: true);

    private static bool AsksToDo(List<Token> tokens, List<CueHit> hits, bool withIntentions)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (!withIntentions && tokens[k].Text == "i")
            {
                continue;
            }

            var verb = VerbAfterFrame(tokens, k);
            if (verb >= 0 && IsAct(tokens, hits, verb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The asker describes an act of their own and asks whether it is all right: "I use my own iPad for backing tracks, that's
    /// fine isn't it?", "my badge was in the selfie I posted, is that an issue?", "if I write a blog…, would that breach this?".
    /// </summary>
    public static bool ConfirmsOwnAct(List<Token> tokens, List<CueHit> hits) =>
        DescribesOwnAct(tokens, hits) && AsksConfirmation(tokens, hits);

    private static readonly FrozenSet<string> EmailWords = new[] { "email", "emails", "emailed", "emailing", "gmail", "hotmail", "outlook", "yahoo" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TaskVerbs = new[]
    {
        "help", "write", "draft", "make", "create", "do", "plan", "find", "sort", "book", "order", "print", "fill", "proofread", "translate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Email is the only channel named ("email parents from my gmail"): the policy is about social networking sites, so email
    /// is for the school's other policies, not this one.
    /// </summary>
    /// <remarks>A post that mentions email ("a meeting that could have been an email") is still a post.</remarks>
    public static bool EmailOnly(List<Token> tokens, List<CueHit> hits) =>
        tokens.Exists(t => EmailWords.Contains(t.Text)) && !hits.Exists(h => h.Cue is Cue.PostVerb or Cue.Endorse or Cue.Platform or Cue.OnlineGeneric or Cue.Blog or Cue.AccountOrPage
            && !tokens.Skip(h.Start).Take(h.End - h.Start).Any(t => t.Text is "account" or "accounts"));

    /// <summary>"Can you help me write a risk assessment?": a task asked of the bot, not a question about the policy.</summary>
    public static bool AsksBotForTask(List<Token> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).Any(k => tokens[k].Text is "can" or "could" or "would" or "will" && tokens[k + 1].Text is "you" or "u"
            && TaskVerbs.Contains(tokens[k + 2].Text));

    // Where the verb is when tokens[k] starts a frame that asks leave; -1 when it doesn't.
    private static int VerbAfterFrame(List<Token> tokens, int k)
    {
        var word = tokens[k].Text;
        int next;
        if (Modals.Contains(word) && tokens[k + 1].Text is "i" or "we" or "mi")
        {
            // "What can I do", "who can I tell", "what privacy settings should I use": a question for help or information, not
            // leave to act.
            var clauseStart = k;
            while (clauseStart > 0 && tokens[clauseStart - 1].Clause == tokens[k].Clause && k - clauseStart < 5)
            {
                clauseStart--;
            }

            if (Enumerable.Range(clauseStart, k - clauseStart).Any(j => WhWords.Contains(tokens[j].Text)))
            {
                return -1;
            }

            next = k + 2;
        }
        else if (word is "am" or "are" && tokens[k + 1].Text is "i" or "we" && k + 3 < tokens.Count && Acceptable.Contains(tokens[k + 2].Text) && tokens[k + 3].Text == "to")
        {
            next = k + 4;
        }
        else if (Acceptable.Contains(word) && tokens[k + 1].Text is "to" or "if" or "for" && (k == 0 || tokens[k - 1].Text is not ("not" or "isnt" or "arent" or "never")))
        {
            // "Is it ok to…", "ok if I…", "alright for me to…".
            next = k + 1;
            while (next < tokens.Count && tokens[next].Text is "to" or "if" or "for" or "me" or "us" or "i" or "we")
            {
                next++;
            }
        }
        else if (word == "i" && k + 2 < tokens.Count && (tokens[k + 1].Text, tokens[k + 2].Text) is ("want", "to") or ("would", "like") or ("wanna", _)
            or ("was", "going") or ("am", "going") or ("am", "thinking") or ("was", "thinking") or ("am", "planning") or ("was", "planning"))
        {
            // "I want to share it", "I'm thinking of posting", "I was going to put it on Facebook": an act the asker means to do.
            next = k + 2;
            while (next < tokens.Count && tokens[next].Text is "to" or "like" or "going" or "thinking" or "planning" or "of" or "about")
            {
                next++;
            }
        }
        else if (word is "problem" or "issue" && k >= 2 && tokens[k - 1].Text is "a" or "an" && tokens[k - 2].Text == "be"
            && k + 2 < tokens.Count && tokens[k + 1].Text is "to" or "if")
        {
            // "Would it be a problem to put that on Twitter", "would it be an issue if I shared it".
            next = k + 2;
            while (next < tokens.Count && tokens[next].Text is "i" or "we")
            {
                next++;
            }
        }
        else
        {
            return -1;
        }

        while (next < tokens.Count && Fillers.Contains(tokens[next].Text) && tokens[next].Clause == tokens[k].Clause)
        {
            next++;
        }

        return next < tokens.Count && tokens[next].Clause == tokens[k].Clause ? next : -1;
    }

    private static bool IsAct(List<Token> tokens, List<CueHit> hits, int verb)
    {
        var text = tokens[verb].Text;
        // "Can I check whether my account is private": asking to find something out; "can I check my phone" is an act.
        if (text == "check" && verb + 1 < tokens.Count && tokens[verb + 1].Text is "if" or "whether" or "what" or "who" or "that" or "how")
        {
            return false;
        }

        if (NotActs.Contains(text) && !(text is "have" or "do" && verb + 1 < tokens.Count && ArticleWords.Contains(tokens[verb + 1].Text)
            && !(verb + 2 < tokens.Count && tokens[verb + 2].Text is "word" or "chat" or "look")))
        {
            return false;
        }

        // "Can I use a screenshot", "can I make my account private", "can I screenshot it": the act is the topic itself. So it is
        // when the thing acted on was named before ("she sent me screenshots, can I use them?").
        var onlyAPronoun = verb + 1 < tokens.Count && tokens[verb + 1].Text is "it" or "them" or "this" or "these" or "that" or "those";
        // ("Can I check my emails": the asker checking is not the school monitoring.)
        return !hits.Exists(h => Array.IndexOf(TopicCues, h.Cue) >= 0 && h.Start >= verb && h.Start - verb <= 3 && h.Clause == tokens[verb].Clause
                && !(h.Start == verb && h.Cue == Cue.Monitoring))
            && !(onlyAPronoun && hits.Exists(h => h.Cue == Cue.Evidence && h.End <= verb && verb - h.End <= 8));
    }

    private static bool DescribesOwnAct(List<Token> tokens, List<CueHit> hits) =>
        hits.Exists(v => Array.IndexOf(ActCues, v.Cue) >= 0
            && Enumerable.Range(Math.Max(0, v.Start - 3), Math.Min(3, v.Start)).Any(k => tokens[k].Text is "i" or "we" or "ive" or "weve"
                && tokens[k].Clause == tokens[v.Start].Clause
                && Enumerable.Range(k + 1, v.Start - k - 1).All(j => tokens[j].Text is "just" or "have" or "may" or "might" or "also" or "only"
                    or "already" or "then" or "will" or "would" or "want" or "to" or "do" or "did" or "often" or "sometimes" or "usually" or "always")));

    private static bool AsksConfirmation(List<Token> tokens, List<CueHit> hits)
    {
        if (hits.Exists(h => h.Cue == Cue.IsItABreach))
        {
            return true;
        }

        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var word = tokens[k].Text;
            var next = tokens[k + 1].Text;
            // "Is that ok", "is this a problem", "does that count", "would that breach this", "will that be an issue".
            if (word is "is" or "does" or "would" or "will" or "could" && next is "that" or "this")
            {
                var end = Math.Min(tokens.Count, k + 6);
                if (Enumerable.Range(k + 2, Math.Max(0, end - k - 2)).Any(j => Confirmations.Contains(tokens[j].Text) && tokens[j].Clause == tokens[k].Clause))
                {
                    return true;
                }
            }

            // "That's fine isn't it", "that's ok, right?"
            if (word is "thats" or "that" && Acceptable.Contains(next))
            {
                return true;
            }
        }

        return false;
    }
}
