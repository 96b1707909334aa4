using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>
/// Answers whatever no command claimed as a policy question, with a card. The conversation's memory (facts, never
/// text, per user and conversation, with an expiry) lets a typed reply ("yes", "it's my own phone") complete the open
/// follow-up and a follow-on ("and on Instagram?") re-answer with the earlier facts; a reply that isn't understood
/// leaves the open follow-up alone, so its buttons keep working. In a channel or group chat the question is never
/// repeated, and anything that reads as a report about someone is answered privately.
/// </summary>
internal sealed class PolicyQuestionHandler(
    PolicyAnswerEngine engine,
    FollowUpStore followUps,
    PolicyMessenger messenger,
    PolicyAnswerMetrics metrics,
    ILogger<PolicyQuestionHandler> logger) : IFreeTextHandler
{
    public const string PrivatePointer = "I've messaged you privately about this.";
    public const string PrivatePointerFailed = "This reads like something to talk about privately: please message me in a 1:1 chat and ask there.";

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        var user = turn.Activity.From?.AadObjectId;
        var conversation = turn.Reference.ConversationId;
        var state = user is null ? null : await followUps.FindStateAsync(user, conversation, cancellationToken);
        var (question, _) = PolicyAnswerEngine.ReadablePart(message.Text);
        var language = PolicyLocale.Language(turn.Activity.Locale, question);

        var typedOption = state?.Pending is { } open && (state.PendingIsLatest || state.LastFacts is null)
            ? FollowUpReply.Match(question, open, language) : null;
        var chosen = typedOption is null ? null : engine.OptionLabel(state!.Pending!, typedOption);
        // The engine reads the first sentences of a long message itself, and says so in the answer.
        var answer = engine.Answer(message.Text, (state ?? new ConversationState()).Context with { Language = null });
        if (user is not null)
        {
            var next = typedOption is not null ? state!.Resolved(answer) : (state ?? new ConversationState()).After(answer);
            await followUps.SaveStateAsync(user, conversation, next, cancellationToken);
        }

        var personal = turn.Activity.IsPersonalChat;
        if (!personal && (answer.Verdict == Verdict.ReportConcern || answer.OfferConcern))
        {
            // Nothing of a concern is echoed where colleagues can read it: the answer goes to the asker's 1:1 chat.
            await AnswerPrivatelyAsync(turn, answer, cancellationToken);
            metrics.Answered(answer.Verdict);
            return;
        }

        // A typed reply to a follow-up ("yes") is not a question: show the option it chose instead of echoing it. In a
        // channel or group chat the question is never repeated at all.
        var echo = typedOption is null && personal ? question : null;
        var card = PolicyAnswerCard.Build(answer, echo, chosen, offerQuestion: personal ? question : null);
        await turn.SendAsync(card.ToActivity(PolicyAnswerCard.SummaryText(answer, personal ? question : "")), cancellationToken);
        PolicyTurnLog.AnswerCardSent(logger, answer.Verdict, turn.Activity.Conversation?.ConversationType);
        metrics.Answered(answer.Verdict);
    }

    private async Task AnswerPrivatelyAsync(ITurnContext turn, PolicyAnswer answer, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        var card = PolicyAnswerCard.Build(answer, question: null);
        var sent = from?.Id is not null && from.AadObjectId is not null
            && await messenger.SendPrivatelyAsync(turn, from.AadObjectId, from.Id, card.ToActivity(PolicyAnswerCard.Headline(answer.Verdict, answer.Language).Text), cancellationToken);
        await turn.SendAsync(turn.Activity.CreateReply(sent ? PrivatePointer : PrivatePointerFailed), cancellationToken);
        PolicyTurnLog.AnswerCardSent(logger, answer.Verdict, turn.Activity.Conversation?.ConversationType);
    }
}
