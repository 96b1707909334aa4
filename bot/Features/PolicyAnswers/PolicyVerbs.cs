namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>The card verbs the policy answers own; all start with "policy.".</summary>
public static class PolicyVerbs
{
    public const string Prefix = "policy.";
    public const string Read = "policy.read";
    public const string FollowUp = "policy.followup";
    public const string Feedback = "policy.feedback";
    public const string AskHeadTeacher = "policy.ask";
    public const string SendToHeadTeacher = "policy.ask.send";
    public const string DoNotSend = "policy.ask.cancel";
    public const string Reply = "policy.reply";

    /// <summary>The Concerns feature's verb: the answer card only offers it, the router takes it there.</summary>
    public const string StartConcern = "concern.start";
}

/// <summary>The keys of the data the policy cards carry.</summary>
internal static class PolicyCardData
{
    public const string OptionId = "optionId";
    public const string Verdict = "verdict";
    public const string Helpful = "helpful";
    public const string Question = "question";
    public const string QuestionId = "questionId";
    public const string ReplyText = "reply";
}
