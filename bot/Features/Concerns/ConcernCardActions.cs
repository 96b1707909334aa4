using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>The "concern." card verbs: the reporter's consent, form and evidence; the handlers' workflow.</summary>
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
    ILogger<ConcernCardActions> logger) : ICardActionHandler
{
    public const string PrivatelyMessage = "I've messaged you privately.";
    private const string NotAvailable = "This concern isn't available to you. Nothing was changed.";

    public bool CanHandle(string verb) => verb.StartsWith(ConcernVerbs.Prefix, StringComparison.Ordinal);

    public async Task<CardActionResult> HandleAsync(ITurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var actor = action.Actor;

        if (action.Verb == ConcernVerbs.Start)
        {
            return await StartAsync(turn, cancellationToken);
        }

        if (!turn.Activity.IsPersonalChat)
        {
            // Every other step shows or takes confidential content: only ever in the 1:1 chat.
            return new CardActionResult.Rejected("Concerns are only handled in your private chat with me. Type \"report a concern\" there.");
        }

        return action.Verb switch
        {
            ConcernVerbs.Continue => new CardActionResult.ShowCard(ConcernCards.Form(await store.IssueFormTokenAsync(actor, cancellationToken))),
            ConcernVerbs.Stop => new CardActionResult.ShowMessage("Stopped. Nothing was recorded."),
            ConcernVerbs.Submit => await SubmitAsync(turn, action, actor, cancellationToken),
            ConcernVerbs.EvidenceDone => await EvidenceDoneAsync(actor, cancellationToken),
            ConcernVerbs.List => await ListAsync(actor, cancellationToken),
            ConcernVerbs.Open or ConcernVerbs.SetStatus or ConcernVerbs.AddNote or ConcernVerbs.Export => await HandlerActionAsync(turn, action, actor, cancellationToken),
            _ => new CardActionResult.Rejected("Sorry, that button is no longer available. Type \"help\" to see what I can do."),
        };
    }

    /// <summary>Starts the flow in 1:1 chat: here if already private, otherwise by a private message.</summary>
    public async Task<CardActionResult> StartAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsPersonalChat)
        {
            return new CardActionResult.ShowCard(ConcernCards.Consent(policy.EvidenceParagraph));
        }

        var sent = await messenger.SendPrivatelyAsync(turn, ConcernCards.Consent(policy.EvidenceParagraph).ToActivity("Report a concern"), cancellationToken);
        return sent
            ? new CardActionResult.ShowMessage(PrivatelyMessage)
            : new CardActionResult.ShowMessage("I couldn't message you privately. Open a chat with me and type \"report a concern\".");
    }

    private async Task<CardActionResult> SubmitAsync(ITurnContext turn, CardActionRequest action, string actor, CancellationToken cancellationToken)
    {
        var token = action.GetString(ConcernForm.Token);
        if (string.IsNullOrEmpty(token))
        {
            await audit.AppendAloneAsync(actor, AuditActions.Rejected, null, "reason=no_form_token", cancellationToken);
            return new CardActionResult.Rejected("That form is not one of mine. Type \"report a concern\" to start again. Nothing was recorded.");
        }

        var (submission, error) = ConcernFormReader.Read(action, actor);
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
                return new CardActionResult.ShowCard(ConcernCards.EvidencePrompt(recorded.Concern.Reference, recorded.Concern.Id, options.Value));
            case SubmitResult.AlreadySubmitted already:
                await audit.AppendAloneAsync(actor, AuditActions.Rejected, already.Reference, "reason=duplicate_submit", cancellationToken);
                return new CardActionResult.Rejected($"This form was already sent as {already.Reference}. It was not recorded again.");
            default:
                await audit.AppendAloneAsync(actor, AuditActions.Rejected, null, "reason=unknown_form", cancellationToken);
                return new CardActionResult.Rejected("That form has expired or is not yours. Type \"report a concern\" to start again. Nothing was recorded.");
        }
    }

    private async Task<CardActionResult> EvidenceDoneAsync(string actor, CancellationToken cancellationToken)
    {
        var session = await store.FindEvidenceSessionAsync(actor, cancellationToken);
        await store.CloseEvidenceSessionAsync(actor, cancellationToken);
        var concern = session is null ? null : await store.FindAsync(session.ConcernId, cancellationToken);
        return concern is null
            ? new CardActionResult.ShowMessage("Thank you. Type \"my concerns\" at any time to see where your concerns are.")
            : new CardActionResult.ShowMessage($"Thank you. Concern {concern.Reference} has {concern.Evidence.Count} evidence file(s). I'll tell you here when its status changes.");
    }

    private async Task<CardActionResult> ListAsync(string actor, CancellationToken cancellationToken) =>
        roles.IsConcernHandler(actor)
            ? new CardActionResult.ShowCard(ConcernCards.HandlerList(await store.ListOpenForHandlerAsync(actor, cancellationToken), clock))
            : new CardActionResult.ShowCard(ConcernCards.ReporterList(await store.ListForReporterAsync(actor, cancellationToken), clock));

    private async Task<CardActionResult> HandlerActionAsync(ITurnContext turn, CardActionRequest action, string actor, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(action.GetString(ConcernForm.ConcernId), out var concernId))
        {
            return new CardActionResult.Rejected("That button does not name a concern. Nothing was changed.");
        }

        var concern = await store.FindAsync(concernId, cancellationToken);
        if (!roles.IsConcernHandler(actor) || (concern is not null && !store.MayHandle(concern, actor)))
        {
            // A forwarded card, the person the concern is about, or a handler it was not routed to: the same answer
            // for all, so it tells nothing.
            await audit.AppendAloneAsync(actor, AuditActions.Denied, concern?.Reference, $"verb={action.Verb}", cancellationToken);
            LogDenied(logger, action.Verb);
            return new CardActionResult.Rejected(NotAvailable);
        }

        if (concern is null)
        {
            return new CardActionResult.Rejected("That concern no longer exists: it may have been purged after its retention period.");
        }

        try
        {
            return await ActOnConcernAsync(turn, action, actor, concern, cancellationToken);
        }
        catch (TamperedDataException)
        {
            // An edited or moved ciphertext: say so plainly rather than fail, and leave a trace for the verification.
            await audit.AppendAloneAsync(actor, AuditActions.Rejected, concern.Reference, $"reason=integrity_check_failed;verb={action.Verb}", cancellationToken);
            LogTampered(logger, concern.Reference);
            return new CardActionResult.Rejected(
                $"The stored record of {concern.Reference} failed its integrity check: it may have been altered in the database. Nothing was changed. Export the case bundle for the verification report.");
        }
    }

    private async Task<CardActionResult> ActOnConcernAsync(ITurnContext turn, CardActionRequest action, string actor, Concern concern, CancellationToken cancellationToken)
    {
        var result = await ActAsync(turn, action, actor, concern, cancellationToken);
        if (result is not CardActionResult.Rejected)
        {
            // Any action of a handler it was routed to means someone has it in hand: it stops escalating.
            await store.MarkOpenedAsync(concern.Id, cancellationToken);
        }

        return result;
    }

    private async Task<CardActionResult> ActAsync(ITurnContext turn, CardActionRequest action, string actor, Concern concern, CancellationToken cancellationToken)
    {
        switch (action.Verb)
        {
            case ConcernVerbs.Open:
                var card = DetailsCard(concern);
                await audit.AppendAloneAsync(actor, AuditActions.View, concern.Reference, "opened", cancellationToken);
                return new CardActionResult.ShowCard(card);
            case ConcernVerbs.SetStatus:
                return await SetStatusAsync(action, actor, concern, cancellationToken);
            case ConcernVerbs.AddNote:
                var note = action.GetString(ConcernForm.Note)?.Trim();
                if (string.IsNullOrEmpty(note) || note.Length > ConcernForm.MaxText)
                {
                    return new CardActionResult.Rejected($"Write a note of up to {ConcernForm.MaxText} characters. Nothing was saved.");
                }

                // The author's name as Teams authenticated them in this turn, kept with the note.
                await store.AddNoteAsync(concern, actor, turn.Activity.From?.Name ?? string.Empty, note, cancellationToken);
                return new CardActionResult.ShowCard(DetailsCard((await store.FindAsync(concern.Id, cancellationToken))!));
            default:
                return await bundleOffer.OfferAsync(turn, concern, cancellationToken);
        }
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
