using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>What the chat side of the policy answers logs: verdicts, ids and counts, never what anyone typed.</summary>
internal static partial class PolicyTurnLog
{
    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Policy answer card sent: {Verdict} in a {ConversationType} conversation")]
    public static partial void AnswerCardSent(ILogger logger, Verdict verdict, string? conversationType);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Follow-up resolved with option {OptionId}: {Verdict}")]
    public static partial void FollowUpResolved(ILogger logger, string optionId, Verdict verdict);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Follow-up button pressed but no open follow-up was found (expired or already answered)")]
    public static partial void FollowUpExpired(ILogger logger);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Answer feedback counted for {Verdict}: helpful={Helpful}")]
    public static partial void FeedbackCounted(ILogger logger, Verdict verdict, bool helpful);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "Question {QuestionId} passed on to the head teacher; delivered to {Delivered} of {HeadTeachers}")]
    public static partial void QuestionPassedOn(ILogger logger, Guid questionId, int delivered, int headTeachers);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Information, Message = "Question {QuestionId} answered; its text was deleted")]
    public static partial void QuestionAnswered(ILogger logger, Guid questionId);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning, Message = "The reply to question {QuestionId} could not be delivered; the question stays open")]
    public static partial void ReplyNotDelivered(ILogger logger, Guid questionId);

    [LoggerMessage(EventId = 1018, Level = LogLevel.Warning, Message = "A question was to be passed on but no head teacher is configured (Roles:HeadTeacherIds)")]
    public static partial void NoHeadTeacher(ILogger logger);
}
