using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// "How do I sign the policy?", "where's my policy card?", "sut ydw i'n cadarnhau'r polisi?": with a round open for the
/// person, their own card comes back (as it stands for them: to read, to confirm, or confirmed and when). Tried before
/// the answer engine, through the ordinary command pipeline; with no round open for them the question goes on to it.
/// In a channel or group chat the card goes to their 1:1 chat and the conversation gets one line.
/// </summary>
internal sealed class MyCardCommand(Deferred<AcknowledgementRounds> rounds, AcknowledgementCards cards, SchoolClock clock, ProactiveMessenger proactive) : IMessageCommand, IPersonalHelpSource
{
    private PersonalRound? _found;

    // After the exact phrases ("help", "start acknowledgement round", "acknowledgement progress"), before the answers.
    public int Order => 10;

    public bool Matches(IncomingMessage message) => CardRequest.Matches(message.Normalised);

    public async ValueTask<bool> MatchesAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        if (!Matches(message))
        {
            return false;
        }

        _found = await rounds.Value.OpenRoundForAsync(turn.Activity.From?.AadObjectId, cancellationToken);
        return _found is not null;
    }

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var found = _found ?? await rounds.Value.OpenRoundForAsync(turn.Activity.From?.AadObjectId, cancellationToken);
        if (found is null)
        {
            return;
        }

        // Asked in Welsh, or from a Welsh Teams client: the card and the line with it are in Welsh.
        var language = CardLocale.IsWelsh(turn.Activity.Locale) || CardRequest.LooksWelsh(message.Normalised) ? CardLanguage.Welsh : CardLanguage.English;
        if (turn.Activity.IsPersonalChat)
        {
            await turn.SendAsync(CardMessage(found, turn.Activity.From?.Id, language), cancellationToken);
            return;
        }

        // A personal card (and when someone confirmed) is nobody else's business: it goes to their own chat.
        var from = turn.Activity.From;
        var personal = from is null ? null : await proactive.OpenPersonalAsync(turn, from, cancellationToken);
        var sent = personal is not null && (await proactive.SendAsync(personal, CardMessage(found, from!.Id, language), cancellationToken)).Succeeded;
        await turn.SendAsync(turn.Activity.CreateReply(sent
            ? language.Say("I've sent your policy card to your 1:1 chat with me.", "Dw i wedi anfon eich cerdyn polisi i'ch sgwrs 1:1 gyda fi.")
            : language.Say("Open your 1:1 chat with me and type \"policy card\" to see your policy card.",
                "Agorwch eich sgwrs 1:1 gyda fi a theipiwch \"cerdyn polisi\" i weld eich cerdyn polisi.")), cancellationToken);
    }

    public async Task<HelpEntry?> EntryForAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        var found = await rounds.Value.OpenRoundForAsync(aadObjectId, cancellationToken);
        return found switch
        {
            null => null,
            { Acknowledgement: { } done } => new HelpEntry(
                "Your policy card",
                $"You confirmed the social media policy for {found.Round.Name} on {clock.Format(done.AcknowledgedAt)}. You can read it again from your card.",
                AcknowledgementCards.MyCardVerb, "policy card", Order: -10,
                Welsh: new HelpEntryWelsh(
                    "Eich cerdyn polisi",
                    $"Fe wnaethoch chi gadarnhau'r polisi cyfryngau cymdeithasol ar gyfer {found.Round.Name} {WelshCalendar.On(clock.FormatWelsh(done.AcknowledgedAt))}. Gallwch chi ei ddarllen eto o'ch cerdyn.",
                    "cerdyn polisi")),
            _ => new HelpEntry(
                "Confirm the social media policy",
                $"You have been asked to read the staff social media policy and confirm it by {SchoolClock.FormatDate(found.Round.DueDate)} ({found.Round.Name}). Your card brings you the policy and the button to confirm.",
                AcknowledgementCards.MyCardVerb, "policy card", Order: -10,
                Welsh: new HelpEntryWelsh(
                    "Cadarnhau'r polisi cyfryngau cymdeithasol",
                    $"Mae'r ysgol wedi gofyn i chi ddarllen polisi cyfryngau cymdeithasol y staff a'i gadarnhau erbyn {SchoolClock.FormatDateWelsh(found.Round.DueDate)} ({found.Round.Name}). Mae'ch cerdyn yn dod â'r polisi a'r botwm i gadarnhau.",
                    "cerdyn polisi")),
        };
    }

    private Activity CardMessage(PersonalRound found, string? viewerTeamsId, CardLanguage language)
    {
        var activity = cards.Personal(found, viewerTeamsId, language)
            .ToActivity(language.Say("Your staff social media policy card", "Eich cerdyn polisi cyfryngau cymdeithasol"));
        if (found.Acknowledgement is { } done)
        {
            activity.Text = language.Say(
                $"You have already confirmed the policy, on {clock.Format(done.AcknowledgedAt)}. There is nothing more to do.",
                $"Rydych chi eisoes wedi cadarnhau'r polisi, {WelshCalendar.On(clock.FormatWelsh(done.AcknowledgedAt))}. Does dim byd arall i'w wneud.");
        }
        else if (language == CardLanguage.Welsh)
        {
            activity.Text = "Dyma'ch cerdyn polisi: darllenwch y polisi, yna cadarnhewch.";
        }

        return activity;
    }
}
