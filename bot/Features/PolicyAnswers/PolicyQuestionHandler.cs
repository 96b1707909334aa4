using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>
/// Answers whatever no command claimed as a policy question, with a card. A "yes" or "no" typed after a "depends"
/// answer completes the open follow-up of that user in that conversation instead of starting a new question.
/// </summary>
internal sealed class PolicyQuestionHandler(
    PolicyAnswerEngine engine,
    FollowUpStore followUps,
    PolicyAnswerMetrics metrics,
    ILogger<PolicyQuestionHandler> logger) : IFreeTextHandler
{
    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        var user = turn.Activity.From?.AadObjectId;
        var conversation = turn.Reference.ConversationId;
        var pending = user is null ? null : await followUps.FindAsync(user, conversation, cancellationToken);

        var typedOption = pending is null ? null : FollowUpReply.Match(message.Text, pending);
        var chosen = typedOption is null ? null : engine.OptionLabel(pending!, typedOption);
        var answer = engine.Answer(message.Text, new AnswerContext(pending));
        if (user is not null)
        {
            // Either a new follow-up replaces the old one, or the question (or the reply) closed it.
            if (answer.Pending is { } next)
            {
                await followUps.SaveAsync(user, conversation, next, cancellationToken);
            }
            else if (pending is not null)
            {
                await followUps.RemoveAsync(user, conversation, cancellationToken);
            }
        }

        // A typed reply to a follow-up ("yes") is not a question: show the option it chose instead of echoing it.
        var question = typedOption is null ? message.Text : null;
        var card = PolicyAnswerCard.Build(answer, question, chosen);
        await turn.SendAsync(card.ToActivity(PolicyAnswerCard.SummaryText(answer, question)), cancellationToken);
        PolicyTurnLog.AnswerCardSent(logger, answer.Verdict, turn.Activity.Conversation?.ConversationType);
        metrics.Answered(answer.Verdict);
    }
}
