namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// A post made before the asker worked at the school ("before I worked here I posted…", "years ago, before I started"): the
/// question is whether the policy reaches back to it, which is a question about the policy, not leave for an act. The policy
/// governs employees; what it advises about old public content is the answer, never a verdict on the old post.
/// </summary>
internal static class PastPosts
{
    // "Before I worked here", "before I started at Cadoxton", "before I joined", "before I got this job", "before I was employed".
    private static readonly string[][] BeforeEmployment =
    [
        ["before", "i", "worked"], ["before", "i", "started"], ["before", "i", "joined"], ["before", "i", "got", "this", "job"],
        ["before", "i", "got", "the", "job"], ["before", "i", "was", "employed"], ["before", "i", "came", "here"],
        ["before", "i", "came", "to"], ["before", "i", "was", "a"], ["before", "i", "applied"], ["before", "i", "trained"],
        ["before", "i", "qualified"], ["before", "working", "here"], ["before", "starting", "here"], ["before", "joining"],
    ];

    // Past tense of posting: the act is done, so "does that count" asks about reach, not leave.
    private static readonly HashSet<string> PastPostVerbs = new(StringComparer.Ordinal)
    {
        "posted", "wrote", "tweeted", "shared", "said", "put", "uploaded", "commented", "published", "written",
    };

    /// <summary>The asker's own post, in the past, before they worked here.</summary>
    public static bool MadeBeforeEmployment(List<Token> tokens) =>
        Enumerable.Range(0, tokens.Count).Any(k => BeforeEmployment.Any(p => Matches(tokens, k, p)))
        && tokens.Exists(t => PastPostVerbs.Contains(t.Text));

    private static bool Matches(List<Token> tokens, int start, string[] phrase) =>
        start + phrase.Length <= tokens.Count && phrase.Select((w, i) => tokens[start + i].Text == w).All(x => x);
}
