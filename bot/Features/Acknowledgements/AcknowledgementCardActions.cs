using System.Globalization;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>The "ack." card verbs: the head teacher's launch and progress buttons, and each person's card.</summary>
internal sealed partial class AcknowledgementCardActions(
    AcknowledgementRounds rounds,
    AcknowledgementCards cards,
    PolicyCheck check,
    RoundExporter exporter,
    ProactiveMessenger proactive,
    IOptions<AcknowledgementOptions> options,
    AudienceChoices audiences,
    SchoolClock clock,
    ILogger<AcknowledgementCardActions> logger)
{
    private const string UnknownRoundMessage = "I can't find that acknowledgement round. It may have been removed; nothing was recorded.";

    private static string UnknownRound(CardLanguage language) => language.Say(UnknownRoundMessage,
        "Alla i ddim dod o hyd i'r cylch cadarnhau hwnnw. Efallai ei fod wedi'i ddileu; does dim byd wedi'i gofnodi.");

    /// <summary>
    /// Every "ack." verb, who may press it and what handles it. A refusal is Rejected rather than a card: the card
    /// pressed (a forwarded progress card, the help card) stays as it was, and Teams shows the reason on it.
    /// </summary>
    public static CardVerbTable<AcknowledgementCardActions> Verbs { get; } = new(AcknowledgementCards.RefusalMessage)
    {
        { AcknowledgementCards.StartVerb, CardVerbRole.HeadTeacher, (h, turn, action, ct) => h.HeadTeacherAsync(turn, action, action.Actor, ct) },
        { AcknowledgementCards.LaunchVerb, CardVerbRole.HeadTeacher, (h, turn, action, ct) => h.PrivatelyAsync(turn, action, ct) },
        { AcknowledgementCards.ProgressVerb, CardVerbRole.HeadTeacher, (h, turn, action, ct) => h.PrivatelyAsync(turn, action, ct) },
        { AcknowledgementCards.RemindVerb, CardVerbRole.HeadTeacher, (h, turn, action, ct) => h.PrivatelyAsync(turn, action, ct) },
        { AcknowledgementCards.CloseVerb, CardVerbRole.HeadTeacher, (h, turn, action, ct) => h.PrivatelyAsync(turn, action, ct) },
        { AcknowledgementCards.ExportVerb, CardVerbRole.HeadTeacher, (h, turn, action, ct) => h.HeadTeacherAsync(turn, action, action.Actor, ct) },
        { AcknowledgementCards.QuestionVerb, CardVerbRole.Anyone, (_, turn, _, _) => Task.FromResult<CardActionResult>(new CardActionResult.ShowMessage(
            CardLocale.Of(turn.Activity.Locale).Say(
                "Type your question about the policy here in the chat, in your own words, and I'll answer it from the policy.",
                "Teipiwch eich cwestiwn am y polisi yma yn y sgwrs, yn eich geiriau eich hun, a bydda i'n ei ateb o'r polisi."))) },
        { AcknowledgementCards.MyCardVerb, CardVerbRole.Anyone, (h, turn, action, ct) => h.MyCardAsync(action, CardLocale.Of(turn.Activity.Locale), ct) },
        { AcknowledgementCards.ViewVerb, CardVerbRole.Anyone, (h, turn, action, ct) => h.StaffAsync(turn, action, action.Actor, ct) },
        { AcknowledgementCards.ReadVerb, CardVerbRole.Anyone, (h, turn, action, ct) => h.StaffAsync(turn, action, action.Actor, ct) },
        { AcknowledgementCards.ConfirmVerb, CardVerbRole.Anyone, (h, turn, action, ct) => h.StaffAsync(turn, action, action.Actor, ct) },
    };

    /// <summary>
    /// The head teacher's round buttons. Their answers list everyone's status by name, which is nobody else's business:
    /// pressed in a channel or a group chat, the answer goes to the head teacher's 1:1 chat and the pressed card is
    /// replaced by one line saying so.
    /// </summary>
    private async Task<CardActionResult> PrivatelyAsync(ITurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var result = await HeadTeacherAsync(turn, action, action.Actor, cancellationToken);
        if (turn.Activity.IsPersonalChat || result is not CardActionResult.ShowCard show)
        {
            return result;
        }

        var from = turn.Activity.From;
        var personal = from is null ? null : await proactive.OpenPersonalAsync(turn, from, cancellationToken);
        var sent = personal is not null && (await proactive.SendAsync(personal, show.Card.ToActivity("Acknowledgement round"), cancellationToken)).Succeeded;
        LogSentPrivately(logger, sent);
        return new CardActionResult.ShowCard(AcknowledgementCards.SentPrivately(sent));
    }

    private async Task<CardActionResult> HeadTeacherAsync(ITurnContext turn, CardActionRequest action, string userId, CancellationToken cancellationToken)
    {
        if (action.Verb == AcknowledgementCards.StartVerb)
        {
            return new CardActionResult.ShowCard(cards.LaunchForm(DefaultForm(clock, action.GetString("name")), [], await audiences.ListAsync(cancellationToken)));
        }

        if (action.Verb == AcknowledgementCards.LaunchVerb)
        {
            var request = new LaunchRequest(action.GetString("name"), action.GetString("dueDate"), action.GetString("audience"),
                action.GetString("message"), string.Equals(action.GetString("check"), "true", StringComparison.OrdinalIgnoreCase),
                userId, turn.Activity.From?.Name, turn.Reference);
            var result = await rounds.LaunchAsync(request, cancellationToken);
            if (!result.Succeeded)
            {
                var values = new LaunchFormValues(request.Name, request.DueDate, DefaultForm(clock, null).MinDueDate, request.Audience, request.Message, request.CheckQuestions);
                return new CardActionResult.ShowCard(cards.LaunchForm(values, result.Errors, await audiences.ListAsync(cancellationToken)));
            }

            LogLaunched(logger, result.Round!.Id);
            // The round goes ahead (the head teacher chose the date); they are told plainly if it is not a school day.
            var warnings = new List<string>();
            if (clock.NotATermDay(result.Round.DueDate) is { } why)
            {
                warnings.Add($"Please check the due date: {why}. The round has started and the cards are going out; staff are asked to confirm by that date. If you meant a school day, close this round and start it again with another date.");
            }

            if (result.NotStaff > 0)
            {
                warnings.Add(result.NotStaff == 1
                    ? "1 person in that audience is not on the school's staff list, so they were not sent the card."
                    : string.Create(CultureInfo.InvariantCulture, $"{result.NotStaff} people in that audience are not on the school's staff list, so they were not sent the card."));
            }

            var warning = warnings.Count == 0 ? null : string.Join(" ", warnings);
            return await ProgressCardAsync(turn, result.Round.Id, cancellationToken, warning: warning);
        }

        if (!TryRoundId(action, out var roundId))
        {
            return new CardActionResult.Rejected(UnknownRoundMessage);
        }

        switch (action.Verb)
        {
            case AcknowledgementCards.RemindVerb:
                var reminded = Confirmed(action)
                    ? await rounds.RemindAsync(roundId, TimeSpan.Zero, cancellationToken, ConfirmedWave(action))
                    : await rounds.RemindAsync(roundId, options.Value.ReminderInterval, cancellationToken);
                LogReminded(logger, roundId, reminded.Count);
                if (reminded.Outcome == RemindOutcome.TooSoon)
                {
                    var round = await rounds.FindAsync(roundId, cancellationToken);
                    return round is null
                        ? new CardActionResult.Rejected(UnknownRoundMessage)
                        : new CardActionResult.ShowCard(cards.ConfirmRemind(round, reminded.LastAt!.Value, reminded.LastCount,
                            await rounds.OutstandingCountAsync(roundId, cancellationToken), reminded.LastWave));
                }

                return await ProgressCardAsync(turn, roundId, cancellationToken, cards.RemindedNotice(reminded));
            case AcknowledgementCards.CloseVerb:
                if (!Confirmed(action))
                {
                    var open = await rounds.FindAsync(roundId, cancellationToken);
                    if (open is null)
                    {
                        return new CardActionResult.Rejected(UnknownRoundMessage);
                    }

                    // Closing cannot be undone: the head teacher sees who would be left out before anything changes.
                    return open.Status == RoundStatus.Open
                        ? new CardActionResult.ShowCard(AcknowledgementCards.ConfirmClose(open, await rounds.OutstandingCountAsync(roundId, cancellationToken)))
                        : await ProgressCardAsync(turn, roundId, cancellationToken, "This round was already closed.");
                }

                var closed = await rounds.CloseAsync(roundId, cancellationToken);
                if (closed.Closed)
                {
                    LogClosed(logger, roundId, closed.Notified);
                }

                return await ProgressCardAsync(turn, roundId, cancellationToken, cards.ClosedNotice(closed));
            case AcknowledgementCards.ExportVerb:
                return await exporter.OfferAsync(turn, roundId, userId, cancellationToken);
            default:
                return await ProgressCardAsync(turn, roundId, cancellationToken);
        }
    }

    private async Task<CardActionResult> ProgressCardAsync(ITurnContext turn, Guid roundId, CancellationToken cancellationToken, string? notice = null, string? warning = null)
    {
        var progress = await rounds.ProgressAsync(roundId, cancellationToken);
        return progress is null
            ? new CardActionResult.Rejected(UnknownRoundMessage)
            : new CardActionResult.ShowCard(cards.Progress(progress, turn.Activity.From?.Id, notice, warning));
    }

    // A confirmation without a readable wave (a card from before waves were named) confirms nothing: it is asked again.
    private static int ConfirmedWave(CardActionRequest action) =>
        int.TryParse(action.GetString(AcknowledgementCards.WaveKey), NumberStyles.None, CultureInfo.InvariantCulture, out var wave) ? wave : -1;

    private static bool Confirmed(CardActionRequest action) =>
        string.Equals(action.GetString(AcknowledgementCards.ConfirmKey), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The help card's "Confirm the social media policy": the presser's own card in the round open for them.</summary>
    private async Task<CardActionResult> MyCardAsync(CardActionRequest action, CardLanguage language, CancellationToken cancellationToken)
    {
        var found = await rounds.OpenRoundForAsync(action.Actor, cancellationToken);
        return found is null
            ? new CardActionResult.ShowMessage(language.Say(
                "No acknowledgement round is open for you just now, so there is nothing to confirm.",
                "Does dim cylch cadarnhau'r polisi ar agor i chi ar hyn o bryd, felly does dim byd i'w gadarnhau."))
            : new CardActionResult.ShowCard(cards.Personal(found, null, language));
    }

    private async Task<CardActionResult> StaffAsync(ITurnContext turn, CardActionRequest action, string userId, CancellationToken cancellationToken)
    {
        // The presser's own card, in the language of their Teams client (the record made is the same in either).
        var language = CardLocale.Of(turn.Activity.Locale);
        if (!TryRoundId(action, out var roundId))
        {
            return new CardActionResult.Rejected(UnknownRound(language));
        }

        var round = await rounds.FindAsync(roundId, cancellationToken);
        if (round is null)
        {
            return new CardActionResult.Rejected(UnknownRound(language));
        }

        var teamsId = turn.Activity.From?.Id;
        var existing = await rounds.FindAcknowledgementAsync(roundId, userId, cancellationToken);
        if (rounds.IsSuperseded(round))
        {
            // The bot has another text now: it cannot show this round's, so nothing is read or confirmed here.
            return new CardActionResult.ShowCard(cards.Superseded(round, existing, language));
        }
        if (action.Verb == AcknowledgementCards.ReadVerb)
        {
            if (round.Status != RoundStatus.Open && existing is null)
            {
                return new CardActionResult.ShowCard(AcknowledgementCards.RoundClosed(round, language));
            }

            await rounds.RecordReadingAsync(round, userId, cancellationToken);
            return new CardActionResult.ShowCard(existing is null
                ? cards.FullText(round, teamsId, language: language)
                : cards.Reread(round, existing, teamsId, language));
        }

        if (action.Verb == AcknowledgementCards.ViewVerb)
        {
            if (existing is not null)
            {
                return new CardActionResult.ShowCard(cards.Acknowledged(round, existing, teamsId, language));
            }

            if (round.Status != RoundStatus.Open)
            {
                return new CardActionResult.ShowCard(AcknowledgementCards.RoundClosed(round, language));
            }

            var hasRead = await rounds.FirstReadAsync(roundId, userId, cancellationToken) is not null;
            return new CardActionResult.ShowCard(hasRead ? cards.FullText(round, teamsId, language: language) : cards.Invitation(round, teamsId, language: language));
        }

        // Confirm.
        if (existing is null && round.Status == RoundStatus.Open && round.CheckQuestions)
        {
            var mistakes = check.Mark(action.GetString);
            if (mistakes.Count > 0)
            {
                LogCheckFailed(logger, roundId, mistakes.Count);
                return new CardActionResult.ShowCard(cards.FullText(round, teamsId, mistakes, action.GetString, language));
            }
        }

        var result = await rounds.AcknowledgeAsync(roundId, userId, turn.Activity.From?.Name ?? userId, action.CardActivityId, cancellationToken);
        switch (result.Outcome)
        {
            case AcknowledgeOutcome.Recorded:
                LogAcknowledged(logger, roundId);
                return new CardActionResult.ShowCard(cards.Acknowledged(round, result.Record!, teamsId, language));
            case AcknowledgeOutcome.AlreadyAcknowledged:
                return new CardActionResult.ShowCard(cards.Acknowledged(round, result.Record!, teamsId, language));
            case AcknowledgeOutcome.RoundClosed:
                return new CardActionResult.ShowCard(AcknowledgementCards.RoundClosed(round, language));
            case AcknowledgeOutcome.NotYetRead:
                return new CardActionResult.ShowCard(cards.Invitation(round, teamsId, language: language));
            case AcknowledgeOutcome.NotInAudience:
                return new CardActionResult.ShowMessage(language.Say(
                    "This round was not sent to you, so there is nothing for you to confirm. Please speak to the head teacher if you think it should have been.",
                    "Chafodd y cylch hwn mo'i anfon atoch chi, felly does dim byd i chi ei gadarnhau. Os ydych chi'n meddwl y dylech chi fod wedi'i gael, siaradwch â'r pennaeth."));
            default:
                return new CardActionResult.Rejected(UnknownRound(language));
        }
    }

    /// <summary>
    /// The form's defaults: this school year's name, and four weeks ahead as the due date, moved on to the next school
    /// day when that falls at a weekend or in a holiday (School:Holidays).
    /// </summary>
    internal static LaunchFormValues DefaultForm(SchoolClock clock, string? name)
    {
        var today = clock.Today;
        return new LaunchFormValues(
            string.IsNullOrWhiteSpace(name) ? AcknowledgementRounds.SchoolYearName(clock.Now) : name,
            clock.NextTermDay(today.AddDays(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            null,
            null,
            false);
    }

    private static bool TryRoundId(CardActionRequest action, out Guid roundId) =>
        Guid.TryParse(action.GetString(AcknowledgementCards.RoundKey), out roundId);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "A round card pressed outside a 1:1 chat was answered privately (delivered: {Sent})")]
    private static partial void LogSentPrivately(ILogger logger, bool sent);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Acknowledgement round {RoundId} launched")]
    private static partial void LogLaunched(ILogger logger, Guid roundId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Round {RoundId}: {Count} reminder(s) queued")]
    private static partial void LogReminded(ILogger logger, Guid roundId, int count);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Round {RoundId} closed; {Notified} outstanding people to be told")]
    private static partial void LogClosed(ILogger logger, Guid roundId, int notified);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Round {RoundId}: acknowledgement recorded")]
    private static partial void LogAcknowledged(ILogger logger, Guid roundId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Debug, Message = "Round {RoundId}: short check answered with {Mistakes} mistake(s)")]
    private static partial void LogCheckFailed(ILogger logger, Guid roundId, int mistakes);
}
