namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// What one conversation remembers between turns: the open follow-up, the facts of the last answer, and whether the
/// follow-up was the last thing asked. Facts only, never text, so it can be stored (per user and conversation, with an
/// expiry) without keeping anything a member of staff typed.
/// </summary>
public sealed record ConversationState(PendingFollowUp? Pending = null, QuestionFacts? LastFacts = null, bool PendingIsLatest = false)
{
    public AnswerContext Context => new(Pending, LastFacts, PendingIsLatest);

    /// <summary>The state after <paramref name="answer"/>: a new follow-up replaces the old; an answer without one keeps the old
    /// (its buttons still work) but a typed "yes" no longer goes to it.</summary>
    public ConversationState After(PolicyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var facts = answer.Verdict is Verdict.OutOfScope or Verdict.Info || answer.Facts is null ? LastFacts : answer.Facts;
        return answer.Pending is { } next
            ? new ConversationState(next, facts, PendingIsLatest: true)
            : new ConversationState(Pending, facts, PendingIsLatest: false);
    }

    /// <summary>The state once the open follow-up has been answered by a button.</summary>
    public ConversationState Resolved(PolicyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Pending is { } next
            ? new ConversationState(next, answer.Facts ?? LastFacts, PendingIsLatest: true)
            : new ConversationState(null, answer.Facts ?? LastFacts, PendingIsLatest: false);
    }
}
