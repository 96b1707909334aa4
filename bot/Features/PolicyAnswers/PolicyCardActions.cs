using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>The "policy." card verbs: the whole policy, follow-ups, feedback, and questions passed on to the head teacher.</summary>
internal sealed class PolicyCardActions(
    PolicyAnswerEngine engine,
    FollowUpStore followUps,
    FeedbackCounter feedback,
    PassedOnQuestions passedOn,
    PolicyMessenger messenger,
    Microsoft.Extensions.Options.IOptionsMonitor<RolesOptions> roleOptions,
    ILogger<PolicyCardActions> logger)
{
    private const string NotAvailable = "Sorry, that button is no longer available. Type \"help\" to see what I can do.";

    /// <summary>Every "policy." verb, who may press it and what handles it.</summary>
    public static CardVerbTable<PolicyCardActions> Verbs { get; } = new("Only the head teacher can reply to passed-on questions. Nothing was changed.")
    {
        { PolicyVerbs.Read, CardVerbRole.Anyone, (h, turn, _, _) => Task.FromResult<CardActionResult>(h.FullPolicy(CardLocale.Of(turn.Activity.Locale))) },
        { PolicyVerbs.FollowUp, CardVerbRole.Anyone, (h, turn, action, ct) => h.FollowUpAsync(turn, action, action.Actor, ct) },
        { PolicyVerbs.Feedback, CardVerbRole.Anyone, (h, turn, action, ct) => h.FeedbackAsync(action, CardLocale.Of(turn.Activity.Locale), ct) },
        { PolicyVerbs.AskHeadTeacher, CardVerbRole.Anyone, (h, turn, action, ct) => h.AskAsync(turn, action, action.Actor, ct) },
        { PolicyVerbs.SendToHeadTeacher, CardVerbRole.Anyone, (h, turn, action, ct) => h.SendToHeadTeacherAsync(turn, action, action.Actor, ct) },
        { PolicyVerbs.DoNotSend, CardVerbRole.Anyone, (_, turn, _, _) => Task.FromResult<CardActionResult>(new CardActionResult.ShowCard(PolicyCards.NotSent(CardLocale.Of(turn.Activity.Locale)))) },
        // The reply box is the head teacher's: a forwarded or copied card gives it to nobody else.
        { PolicyVerbs.Reply, CardVerbRole.HeadTeacher, (h, turn, action, ct) => h.ReplyAsync(turn, action, action.Actor, ct) },
    };

    private CardActionResult.ShowCard FullPolicy(CardLanguage language) => new CardActionResult.ShowCard(PolicyCards.FullPolicy(engine.Policy, language));

    private async Task<CardActionResult> FollowUpAsync(ITurnContext turn, CardActionRequest action, string actor, CancellationToken cancellationToken)
    {
        var optionId = action.GetString(PolicyCardData.OptionId);
        var conversation = turn.Reference.ConversationId;
        var state = await followUps.FindStateAsync(actor, conversation, cancellationToken);
        var pending = state?.Pending;
        if (pending is null || optionId is null || !pending.OptionIds.Contains(optionId))
        {
            // Missing, expired, answered already, or a button of an older question: nothing to resolve.
            PolicyTurnLog.FollowUpExpired(logger);
            return new CardActionResult.ShowMessage(PolicyCards.ExpiredMessage);
        }

        var chosen = engine.OptionLabel(pending, optionId);
        var answer = engine.Resolve(pending, optionId);
        await followUps.SaveStateAsync(actor, conversation, state!.Resolved(answer), cancellationToken);

        PolicyTurnLog.FollowUpResolved(logger, optionId, answer.Verdict);
        return new CardActionResult.ShowCard(PolicyAnswerCard.Build(answer, question: null, chosen: chosen));
    }

    private async Task<CardActionResult> FeedbackAsync(CardActionRequest action, CardLanguage language, CancellationToken cancellationToken)
    {
        var verdict = ParseVerdict(action.GetString(PolicyCardData.Verdict));
        var helpful = action.GetString(PolicyCardData.Helpful) switch
        {
            "true" or "True" => true,
            "false" or "False" => false,
            _ => (bool?)null,
        };
        if (verdict is null || helpful is null)
        {
            return new CardActionResult.Rejected("That feedback button is not one of mine. Nothing was counted.");
        }

        await feedback.CountAsync(verdict.Value, helpful.Value, cancellationToken);
        PolicyTurnLog.FeedbackCounted(logger, verdict.Value, helpful.Value);
        return new CardActionResult.ShowCard(PolicyCards.ThankYou(helpful.Value, language));
    }

    private async Task<CardActionResult> AskAsync(ITurnContext turn, CardActionRequest action, string actor, CancellationToken cancellationToken)
    {
        var question = action.GetString(PolicyCardData.Question);
        if (string.IsNullOrWhiteSpace(question))
        {
            return new CardActionResult.Rejected("There was no question on that card. Please type your question again.");
        }

        // A Welsh Teams client, or a question asked in Welsh: the steps of passing it on are in Welsh.
        var language = CardLocale.IsWelsh(turn.Activity.Locale) || LanguageDetector.Detect(question) == AnswerLanguage.Welsh ? CardLanguage.Welsh : CardLanguage.English;
        var consent = PolicyCards.Consent(PolicyAnswerCard.Truncate(question), language);
        if (turn.Activity.IsPersonalChat)
        {
            return new CardActionResult.ShowCard(consent);
        }

        // In a channel the consent (and the reply) belong in the asker's private chat, not in front of colleagues.
        var from = turn.Activity.From!;
        var sent = from.Id is not null && await messenger.SendPrivatelyAsync(turn, actor, from.Id,
            consent.ToActivity(PolicyCards.AskTitle(language)), cancellationToken);
        return new CardActionResult.ShowMessage(sent
            ? language.Say("I've messaged you privately to ask before anything is sent.", "Dw i wedi anfon neges breifat atoch chi i ofyn cyn anfon dim byd.")
            : language.Say("I couldn't message you privately. Open a chat with me and ask your question there.",
                "Doeddwn i ddim yn gallu anfon neges breifat atoch chi. Agorwch sgwrs gyda fi a gofynnwch eich cwestiwn yno."));
    }

    private async Task<CardActionResult> SendToHeadTeacherAsync(ITurnContext turn, CardActionRequest action, string actor, CancellationToken cancellationToken)
    {
        var question = action.GetString(PolicyCardData.Question);
        if (string.IsNullOrWhiteSpace(question))
        {
            return new CardActionResult.Rejected("There was no question on that card. Please type your question again. Nothing was sent.");
        }

        var headTeachers = roleOptions.CurrentValue.HeadTeacherIds;
        if (headTeachers.Count == 0)
        {
            PolicyTurnLog.NoHeadTeacher(logger);
            return new CardActionResult.ShowMessage("No head teacher is set up to receive questions yet, so nothing was sent. Please ask the head teacher in person.");
        }

        var from = turn.Activity.From!;
        var row = await passedOn.AddAsync(actor, from.Id ?? actor, turn.Activity.TenantId, from.Name ?? "A member of staff", question, cancellationToken);
        var readable = passedOn.Read(row)!;
        var delivered = 0;
        foreach (var headTeacher in headTeachers)
        {
            var card = PolicyCards.ForHeadTeacher(readable).ToActivity("A question for the head teacher");
            delivered += await messenger.SendToPersonalChatAsync(headTeacher, card, cancellationToken) ? 1 : 0;
        }

        PolicyTurnLog.QuestionPassedOn(logger, row.Id, delivered, headTeachers.Count);
        return new CardActionResult.ShowCard(PolicyCards.Sent(delivered > 0, CardLocale.Of(turn.Activity.Locale)));
    }

    private async Task<CardActionResult> ReplyAsync(ITurnContext turn, CardActionRequest action, string actor, CancellationToken cancellationToken)
    {
        var reply = action.GetString(PolicyCardData.ReplyText)?.Trim();
        if (!Guid.TryParse(action.GetString(PolicyCardData.QuestionId), out var id))
        {
            return new CardActionResult.Rejected(NotAvailable);
        }

        if (string.IsNullOrEmpty(reply))
        {
            return new CardActionResult.Rejected("Please write a reply before sending.");
        }

        var row = await passedOn.FindAsync(id, cancellationToken);
        var question = row is null ? null : passedOn.Read(row);
        if (row is null || question is null)
        {
            return new CardActionResult.ShowMessage("This question has already been answered.");
        }

        // In the asker's language as the bot last saw their Teams client; English when it never has.
        var askerLanguage = CardLocale.Of(await messenger.LastLocaleOfAsync(row.AskerAadObjectId, cancellationToken));
        var message = PolicyCards.ReplyToAsker(reply, askerLanguage).ToActivity(PolicyCards.ReplySummary(askerLanguage));
        var delivered = await messenger.SendPrivatelyAsync(turn, row.AskerAadObjectId, row.AskerTeamsId, message, cancellationToken);
        if (!delivered)
        {
            PolicyTurnLog.ReplyNotDelivered(logger, row.Id);
            return new CardActionResult.Rejected("Teams would not deliver your reply just now. The question is still open: please try again later.");
        }

        // Only once the reply has reached the asker is the question's text deleted.
        var answered = await passedOn.MarkAnsweredAsync(row, actor, cancellationToken);
        if (answered)
        {
            PolicyTurnLog.QuestionAnswered(logger, row.Id);
        }

        return new CardActionResult.ShowCard(PolicyCards.ReplySent(question.AskerName));
    }

    private static Verdict? ParseVerdict(string? wireName) =>
        Enum.GetValues<Verdict>().Cast<Verdict?>().FirstOrDefault(v => v!.Value.ToWireName() == wireName);
}
