namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Finds a draft post inside a question ("Can I post this: 'Great day at the beach!'"): its words describe the post's
/// content, while the rest of the question says where and when it would be posted.
/// </summary>
internal static class DraftDetector
{
    /// <summary>Returns the draft's character range, or (-1, -1) when the question quotes nothing.</summary>
    public static (int Start, int End) Find(string question)
    {
        var doubleQuoted = Quoted(question, '"', '"');
        if (doubleQuoted.Start < 0)
        {
            doubleQuoted = Quoted(question, '\u201c', '\u201d');
        }

        if (doubleQuoted.Start >= 0 && !IsQuotedAction(question, doubleQuoted) && !IsPolicyQuotation(question, doubleQuoted))
        {
            return doubleQuoted;
        }

        var singleQuoted = SingleQuoted(question);
        if (singleQuoted.Start >= 0 && !IsQuotedAction(question, singleQuoted) && !IsPolicyQuotation(question, singleQuoted))
        {
            return singleQuoted;
        }

        return AfterColon(question);
    }

    private static (int Start, int End) Quoted(string text, char open, char close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return (-1, -1);
        }

        var end = text.LastIndexOf(close);
        if (end <= start)
        {
            end = text.Length;
        }

        return end - start > 3 ? (start + 1, end) : (-1, -1);
    }

    // A single quote opens a draft only at the start of a word and closes it only at the end of one,
    // so apostrophes in "don't" or "pupils' work" are not taken for quotation marks.
    private static (int Start, int End) SingleQuoted(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (IsSingleQuote(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && char.IsLetterOrDigit(text[i + 1]))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return (-1, -1);
        }

        for (var i = text.Length - 1; i > start + 3; i--)
        {
            if (IsSingleQuote(text[i]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])) && !char.IsWhiteSpace(text[i - 1]))
            {
                return (start + 1, i);
            }
        }

        return (-1, -1);
    }

    // "If I 'like' a post": the quote marks an action, not the words of a post.
    private static bool IsQuotedAction(string text, (int Start, int End) span) =>
        text[span.Start..span.End].Trim().ToLowerInvariant() is "like" or "liked" or "liking" or "likes" or "share" or "shared" or "sharing"
            or "retweet" or "retweeted" or "heart" or "love" or "react" or "reacted" or "follow" or "friend" or "tag" or "tagged" or "unfriend";

    // "The policy says 'could be considered inappropriate' - who decides that?", "what does 'disrepute' mean": the quote is the
    // policy's own words being asked about, not a post. Said of the policy, or followed by a question about its meaning. ("A
    // meme that says 'X'" is still a draft: "says" alone does not make the words the policy's.)
    private static bool IsPolicyQuotation(string text, (int Start, int End) span)
    {
        var before = text[..Math.Max(0, span.Start - 1)].ToLowerInvariant();
        var after = text[Math.Min(text.Length, span.End + 1)..].TrimStart(' ', '\'', '"', ',', '-', '\u2013', '\u2014', '.', '\u2019', '\u201d')
            .ToLowerInvariant();
        ReadOnlySpan<string> meaningAfter = ["mean", "actually mean", "really mean", "who decides", "whos to say", "who says what", "what counts",
            "what does that mean", "what does it mean", "whats that mean", "what is that", "does that mean", "does it mean", "means what"];
        foreach (var start in meaningAfter)
        {
            if (after.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        ReadOnlySpan<string> meaningBefore = ["what is meant by", "what do you mean by", "what do they mean by", "what does the policy mean by",
            "the meaning of", "define", "definition of", "what counts as", "whats classed as", "what is classed as"];
        var trimmed = before.TrimEnd();
        foreach (var end in meaningBefore)
        {
            if (trimmed.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return before.Contains("policy", StringComparison.Ordinal)
            && (before.Contains("says", StringComparison.Ordinal) || before.Contains("said", StringComparison.Ordinal)
                || before.Contains("the bit", StringComparison.Ordinal) || before.Contains("the part", StringComparison.Ordinal)
                || before.Contains("the line", StringComparison.Ordinal) || before.Contains("the words", StringComparison.Ordinal)
                || before.Contains("wording", StringComparison.Ordinal));
    }

    private static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019';

    // "Can I post this: had a lovely day" — the words after the colon are the draft when the words before it ask about posting.
    private static (int Start, int End) AfterColon(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon + 4 >= text.Length)
        {
            return (-1, -1);
        }

        var frame = text.AsSpan(0, colon);
        ReadOnlySpan<string> markers = ["this", "post", "tweet", "share", "saying", "say", "status", "caption", "write", "put"];
        foreach (var marker in markers)
        {
            if (frame.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return (colon + 1, text.Length);
            }
        }

        return (-1, -1);
    }
}
