using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// The "concern." card verbs: the reporter's consent, form and evidence; the handlers' workflow. Which role each verb
/// needs is declared in <see cref="Verbs"/> and checked by the router before any of this runs; what is left here is
/// the check no table can make, on the record itself (<see cref="ConcernStore.MayHandle"/>: never the person a
/// concern is about, never a handler it was not routed to).
/// </summary>
internal sealed partial class ConcernCardActions(
    ConcernStore store,
    ConcernMessenger messenger,
    ConcernRouter router,
    ConcernAuditTrail audit,
    CaseBundleOffer bundleOffer,
    StaffRoles roles,
    PolicyDocument policy,
    SchoolClock clock,
    IOptions<ConcernsOptions> options,
    ILogger<ConcernCardActions> logger)
{
    public const string PrivatelyMessage = "I've messaged you privately.";

    public static string Privately(CardLanguage language) => language.Say(PrivatelyMessage, "Dw i wedi anfon neges breifat atoch chi.");

    private static CardLanguage LanguageOf(ITurnContext turn) => CardLocale.Of(turn.Activity.Locale);

    /// <summary>
    /// One answer for everyone who may not act on a concern (a forwarded card, the person it is about, a handler it was
    /// not routed to), so the answer tells nothing.
    /// </summary>
    public const string NotAvailable = "This concern isn't available to you. Nothing was changed.";

    /// <summary>
    /// Every verb of the feature, the role it requires and what it does. Anyone is any member of staff (the reporter's
    /// steps); a concern handler's buttons then pass the check on the concern itself (<see cref="OnConcern"/>).
    /// </summary>
    public static CardVerbTable<ConcernCardActions> Verbs { get; } = new(NotAvailable, (h, _, action, ct) => h.DeniedAsync(action, null, ct))
    {
        { ConcernVerbs.Start, CardVerbRole.Anyone, (h, turn, _, ct) => h.StartAsync(turn, ct) },
        { ConcernVerbs.Continue, CardVerbRole.Anyone, Privately((h, turn, action, ct) => h.FormAsync(action.Actor, LanguageOf(turn), ct)) },
        { ConcernVerbs.Stop, CardVerbRole.Anyone, Privately((_, turn, _, _) => Task.FromResult<CardActionResult>(new CardActionResult.ShowMessage(
            LanguageOf(turn).Say("Stopped. Nothing was recorded.", "Wedi stopio. Does dim byd wedi'i gofnodi.")))) },
        { ConcernVerbs.Submit, CardVerbRole.Anyone, Privately((h, turn, action, ct) => h.SubmitAsync(turn, action, action.Actor, ct)) },
        { ConcernVerbs.EvidenceDone, CardVerbRole.Anyone, Privately((h, turn, action, ct) => h.EvidenceDoneAsync(action.Actor, LanguageOf(turn), ct)) },
        { ConcernVerbs.List, CardVerbRole.Anyone, Privately((h, turn, action, ct) => h.ListAsync(action.Actor, LanguageOf(turn), ct)) },
        { ConcernVerbs.Open, CardVerbRole.ConcernHandler, OnConcern((h, _, action, concern, ct) => h.OpenAsync(action.Actor, concern, ct)) },
        { ConcernVerbs.SetStatus, CardVerbRole.ConcernHandler, OnConcern((h, _, action, concern, ct) => h.SetStatusAsync(action, action.Actor, concern, ct)) },
        { ConcernVerbs.AddNote, CardVerbRole.ConcernHandler, OnConcern((h, turn, action, concern, ct) => h.AddNoteAsync(turn, action, concern, ct)) },
        { ConcernVerbs.Export, CardVerbRole.ConcernHandler, OnConcern((h, turn, _, concern, ct) => h.ExportAsync(turn, concern, ct)) },
    };

    /// <summary>Every step after the start shows or takes confidential content: only ever in the 1:1 chat.</summary>
    private static Func<ConcernCardActions, ITurnContext, CardActionRequest, CancellationToken, Task<CardActionResult>> Privately(
        Func<ConcernCardActions, ITurnContext, CardActionRequest, CancellationToken, Task<CardActionResult>> act) =>
        (handler, turn, action, cancellationToken) => turn.Activity.IsPersonalChat
            ? act(handler, turn, action, cancellationToken)
            : Task.FromResult<CardActionResult>(new CardActionResult.Rejected(LanguageOf(turn).Say(
                "Concerns are only handled in your private chat with me. Type \"report a concern\" there.",
                "Dim ond yn eich sgwrs breifat gyda fi mae pryderon yn cael eu trin. Teipiwch \"codi pryder\" yno.")));

    /// <summary>A handler's button on one concern: in private, and only on a concern this handler may handle.</summary>
    private static Func<ConcernCardActions, ITurnContext, CardActionRequest, CancellationToken, Task<CardActionResult>> OnConcern(
        Func<ConcernCardActions, ITurnContext, CardActionRequest, Concern, CancellationToken, Task<CardActionResult>> act) =>
        Privately((handler, turn, action, cancellationToken) =>
            handler.OnConcernAsync(action, concern => act(handler, turn, action, concern, cancellationToken), cancellationToken));

    /// <summary>Starts the flow in 1:1 chat: here if already private, otherwise by a private message.</summary>
    /// <param name="language">The reporter's language when the words they typed say it; otherwise their Teams locale's.</param>
    public async Task<CardActionResult> StartAsync(ITurnContext turn, CancellationToken cancellationToken, CardLanguage? language = null)
    {
        var lang = language ?? LanguageOf(turn);
        if (turn.Activity.IsPersonalChat)
        {
            return new CardActionResult.ShowCard(ConcernCards.Consent(policy.EvidenceParagraph, lang));
        }

        var sent = await messenger.SendPrivatelyAsync(turn, ConcernCards.Consent(policy.EvidenceParagraph, lang).ToActivity(ConcernCards.ReportTitle(lang)), cancellationToken);
        return sent
            ? new CardActionResult.ShowMessage(Privately(lang))
            : new CardActionResult.ShowMessage(lang.Say(
                "I couldn't message you privately. Open a chat with me and type \"report a concern\".",
                "Doeddwn i ddim yn gallu anfon neges breifat atoch chi. Agorwch sgwrs gyda fi a theipiwch \"codi pryder\"."));
    }

    private async Task<CardActionResult> FormAsync(string actor, CardLanguage language, CancellationToken cancellationToken) =>
        new CardActionResult.ShowCard(ConcernCards.Form(await store.IssueFormTokenAsync(actor, cancellationToken), policy, language));

    private async Task<CardActionResult> SubmitAsync(ITurnContext turn, CardActionRequest action, string actor, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turn);
        var token = action.GetString(ConcernForm.Token);
        if (string.IsNullOrEmpty(token))
        {
            await audit.AppendAloneAsync(actor, AuditActions.Rejected, null, "reason=no_form_token", cancellationToken);
            return new CardActionResult.Rejected(language.Say(
                "That form is not one of mine. Type \"report a concern\" to start again. Nothing was recorded.",
                "Nid un o fy ffurflenni i yw honno. Teipiwch \"codi pryder\" i ddechrau eto. Does dim byd wedi'i gofnodi."));
        }

        var (submission, error) = ConcernFormReader.Read(action, actor, policy, language);
        if (submission is null)
        {
            // The issue's bad-input rule: nothing recorded, but the attempt is (no content, only that it happened).
            await audit.AppendAloneAsync(actor, AuditActions.Rejected, null, "reason=invalid_form", cancellationToken);
            return new CardActionResult.Rejected(error!);
        }

        var reporter = new Reporter(actor, turn.Activity.From?.Name ?? string.Empty);
        var result = await store.SubmitAsync(token, reporter, submission, cancellationToken);
        switch (result)
        {
            case SubmitResult.Recorded recorded:
                LogRecorded(logger, recorded.Concern.Reference);
                await router.RouteDueAsync(recorded.Concern.Id, turn.Reference, cancellationToken);
                return new CardActionResult.ShowCard(ConcernCards.EvidencePrompt(recorded.Concern.Reference, recorded.Concern.Id, options.Value, language));
            case SubmitResult.AlreadySubmitted already:
                await audit.AppendAloneAsync(actor, AuditActions.Rejected, already.Reference, "reason=duplicate_submit", cancellationToken);
                return new CardActionResult.Rejected(language.Say(
                    $"This form was already sent as {already.Reference}. It was not recorded again.",
                    $"Cafodd y ffurflen hon ei hanfon yn barod fel {already.Reference}. Chafodd hi ddim ei chofnodi eto."));
            default:
                await audit.AppendAloneAsync(actor, AuditActions.Rejected, null, "reason=unknown_form", cancellationToken);
                return new CardActionResult.Rejected(language.Say(
                    "That form has expired or is not yours. Type \"report a concern\" to start again. Nothing was recorded.",
                    "Mae'r ffurflen honno wedi dod i ben, neu nid eich un chi yw hi. Teipiwch \"codi pryder\" i ddechrau eto. Does dim byd wedi'i gofnodi."));
        }
    }

    private async Task<CardActionResult> EvidenceDoneAsync(string actor, CardLanguage language, CancellationToken cancellationToken)
    {
        var session = await store.FindEvidenceSessionAsync(actor, cancellationToken);
        await store.CloseEvidenceSessionAsync(actor, cancellationToken);
        var concern = session is null ? null : await store.FindAsync(session.ConcernId, cancellationToken);
        return concern is null
            ? new CardActionResult.ShowMessage(language.Say(
                "Thank you. Type \"my concerns\" at any time to see where your concerns are.",
                "Diolch. Teipiwch \"fy mhryderon\" unrhyw bryd i weld sut mae'ch pryderon yn dod yn eu blaen."))
            : new CardActionResult.ShowMessage(ThankYou(concern.Reference, concern.Evidence.Count, language));
    }

    /// <summary>"Thank you. Concern CON-… has 2 evidence file(s). I'll tell you here when its status changes."</summary>
    public static string ThankYou(string reference, int files, CardLanguage language) => language.Say(
        $"Thank you. Concern {reference} has {files} evidence file(s). I'll tell you here when its status changes.",
        $"Diolch. Mae gan bryder {reference} {files} ffeil o dystiolaeth. Bydda i'n dweud wrthoch chi yma pan fydd ei statws yn newid.");

    // Roles choose the list, they do not open anything: a handler sees the concerns that may come to them.
    private async Task<CardActionResult> ListAsync(string actor, CardLanguage language, CancellationToken cancellationToken) =>
        roles.IsConcernHandler(actor)
            ? new CardActionResult.ShowCard(ConcernCards.HandlerList(await store.ListOpenForHandlerAsync(actor, cancellationToken), clock))
            : new CardActionResult.ShowCard(ConcernCards.ReporterList(await store.ListForReporterAsync(actor, cancellationToken), clock, language));

    /// <summary>
    /// A handler's button on one concern, once the router has checked the presser is a concern handler: the check on
    /// the record itself, then the action; any action of a handler it was routed to stops its escalation.
    /// </summary>
    private async Task<CardActionResult> OnConcernAsync(CardActionRequest action, Func<Concern, Task<CardActionResult>> act, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(action.GetString(ConcernForm.ConcernId), out var concernId))
        {
            return new CardActionResult.Rejected("That button does not name a concern. Nothing was changed.");
        }

        var concern = await store.FindAsync(concernId, cancellationToken);
        if (concern is not null && !store.MayHandle(concern, action.Actor))
        {
            // The person the concern is about, or a handler it was not routed to: told what anyone not allowed is told.
            await DeniedAsync(action, concern, cancellationToken);
            return new CardActionResult.Rejected(NotAvailable);
        }

        if (concern is null)
        {
            return new CardActionResult.Rejected("That concern no longer exists: it may have been purged after its retention period.");
        }

        try
        {
            var result = await act(concern);
            if (result is not CardActionResult.Rejected)
            {
                await store.MarkOpenedAsync(concern.Id, cancellationToken);
            }

            return result;
        }
        catch (TamperedDataException)
        {
            // An edited or moved ciphertext: say so plainly rather than fail, and leave a trace for the verification.
            await audit.AppendAloneAsync(action.Actor, AuditActions.Rejected, concern.Reference, $"reason=integrity_check_failed;verb={action.Verb}", cancellationToken);
            LogTampered(logger, concern.Reference);
            return new CardActionResult.Rejected(
                $"The stored record of {concern.Reference} failed its integrity check: it may have been altered in the database. Nothing was changed. Export the case bundle for the verification report.");
        }
    }

    /// <summary>
    /// Records a refused press on a concern: by the router for someone who is not a concern handler (the concern is
    /// looked up from the button's data), here for a handler the record refuses.
    /// </summary>
    private async Task DeniedAsync(CardActionRequest action, Concern? concern, CancellationToken cancellationToken)
    {
        if (concern is null && Guid.TryParse(action.GetString(ConcernForm.ConcernId), out var concernId))
        {
            concern = await store.FindAsync(concernId, cancellationToken);
        }

        await audit.AppendAloneAsync(action.Actor, AuditActions.Denied, concern?.Reference, $"verb={action.Verb}", cancellationToken);
        LogDenied(logger, action.Verb);
    }

    private async Task<CardActionResult> OpenAsync(string actor, Concern concern, CancellationToken cancellationToken)
    {
        var card = DetailsCard(concern);
        await audit.AppendAloneAsync(actor, AuditActions.View, concern.Reference, "opened", cancellationToken);
        return new CardActionResult.ShowCard(card);
    }

    private Task<CardActionResult> ExportAsync(ITurnContext turn, Concern concern, CancellationToken cancellationToken) =>
        bundleOffer.OfferAsync(turn, concern, cancellationToken);

    private async Task<CardActionResult> AddNoteAsync(ITurnContext turn, CardActionRequest action, Concern concern, CancellationToken cancellationToken)
    {
        var note = action.GetString(ConcernForm.Note)?.Trim();
        if (string.IsNullOrEmpty(note) || note.Length > ConcernForm.MaxText)
        {
            return new CardActionResult.Rejected($"Write a note of up to {ConcernForm.MaxText} characters. Nothing was saved.");
        }

        // The author's name as Teams authenticated them in this turn, kept with the note.
        await store.AddNoteAsync(concern, action.Actor, turn.Activity.From?.Name ?? string.Empty, note, cancellationToken);
        return new CardActionResult.ShowCard(DetailsCard((await store.FindAsync(concern.Id, cancellationToken))!));
    }

    private async Task<CardActionResult> SetStatusAsync(CardActionRequest action, string actor, Concern concern, CancellationToken cancellationToken)
    {
        var to = action.GetString(ConcernForm.To);
        var outcome = action.GetString(ConcernForm.Outcome);
        if (to is not (ConcernStatus.Acknowledged or ConcernStatus.Investigating or ConcernStatus.Closed))
        {
            return new CardActionResult.Rejected("That is not a status a concern can move to. Nothing was changed.");
        }

        if (to == ConcernStatus.Closed && !ConcernOutcome.IsKnown(outcome))
        {
            return new CardActionResult.Rejected("Choose an outcome to close the concern. Nothing was changed.");
        }

        var result = await store.ChangeStatusAsync(concern.Id, actor, to, outcome, cancellationToken);
        if (result is StatusChangeResult.NotAllowed notAllowed)
        {
            return new CardActionResult.Rejected($"{concern.Reference} is {notAllowed.Current}; it can't be moved to {to}. Nothing was changed.");
        }

        var changed = ((StatusChangeResult.Changed)result).Concern;
        await messenger.NotifyReporterAsync(changed, cancellationToken);
        return new CardActionResult.ShowCard(DetailsCard(changed));
    }

    private AdaptiveCard DetailsCard(Concern concern) => ConcernCards.Details(
        concern,
        store.ReadDetails(concern),
        [.. concern.Evidence.OrderBy(e => e.Number).ThenBy(e => e.AddedAt).Select(e => (e, store.ReadFileName(e)))],
        [.. concern.Notes.OrderBy(n => n.CreatedAt).Select(n => (n, NoteAuthor(n), store.ReadNote(n)))],
        clock);

    private string? NoteAuthor(ConcernNote note)
    {
        var name = store.ReadNoteAuthor(note);
        return string.IsNullOrWhiteSpace(name) ? null : name;
    }

    [LoggerMessage(EventId = 6030, Level = LogLevel.Information, Message = "Concern {Reference} recorded")]
    private static partial void LogRecorded(ILogger logger, string reference);

    [LoggerMessage(EventId = 6032, Level = LogLevel.Error, Message = "Concern {Reference} failed its integrity check when a handler acted on it")]
    private static partial void LogTampered(ILogger logger, string reference);

    [LoggerMessage(EventId = 6031, Level = LogLevel.Warning, Message = "Concern action {Verb} denied: not a handler, or the subject of the concern")]
    private static partial void LogDenied(ILogger logger, string verb);
}
