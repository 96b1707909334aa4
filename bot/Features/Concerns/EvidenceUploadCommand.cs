using System.Globalization;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Files and pasted screenshots sent in 1:1 chat while the reporter's evidence window is open. Runs before every
/// other command so a picture with a caption is taken as evidence, not as a question. Each file is fetched at once
/// (a downloadUrl lives minutes) from where Teams keeps files only, kept within the concern's limits, typed by its
/// bytes, and stored with its SHA-256.
/// </summary>
internal sealed partial class EvidenceUploadCommand(
    Deferred<ConcernStore> deferredStore,
    Deferred<ConcernAuditTrail> deferredAudit,
    Deferred<EvidenceDownloader> deferredDownloader,
    IOptions<ConcernsOptions> options,
    ILogger<EvidenceUploadCommand> logger) : IMessageCommand
{
    public int Order => -1000;

    private ConcernStore Store => deferredStore.Value;

    private ConcernAuditTrail Audit => deferredAudit.Value;

    public bool Matches(IncomingMessage message) => false;

    public async ValueTask<bool> MatchesAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        if (!turn.Activity.IsPersonalChat || turn.Activity.From?.AadObjectId is not { } reporter)
        {
            return false;
        }

        if (EvidenceAttachment.From(turn.Activity).Count == 0 && message.Normalised is not ("done" or "gorffen"))
        {
            return false;
        }

        return await Store.FindEvidenceSessionAsync(reporter, cancellationToken) is not null;
    }

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reporter = turn.Activity.From!.AadObjectId!;
        var language = message?.Normalised == "gorffen" ? CardLanguage.Welsh : CardLocale.Of(turn.Activity.Locale);
        var session = await Store.FindEvidenceSessionAsync(reporter, cancellationToken);
        var concern = session is null ? null : await Store.FindAsync(session.ConcernId, cancellationToken);
        if (concern is null)
        {
            await ReplyAsync(turn, language.Say("The time to send evidence has ended. Nothing was stored.", "Mae'r amser i anfon tystiolaeth wedi dod i ben. Does dim byd wedi'i gadw."), cancellationToken);
            return;
        }

        var files = EvidenceAttachment.From(turn.Activity);
        if (files.Count == 0)
        {
            await Store.CloseEvidenceSessionAsync(reporter, cancellationToken);
            var usage = await Store.EvidenceUsageAsync(concern.Id, cancellationToken);
            await ReplyAsync(turn, ConcernCardActions.ThankYou(concern.Reference, usage.Files, language), cancellationToken);
            return;
        }

        var lines = new List<string>();
        foreach (var file in files)
        {
            lines.Add(await CollectAsync(concern, reporter, file, turn.Activity.ServiceUrl, language, cancellationToken));
        }

        lines.Add(language.Say("Send more, or press Done on the card when you have finished.", "Anfonwch ragor, neu pwyswch Gorffen ar y cerdyn pan fyddwch chi wedi gorffen."));
        await ReplyAsync(turn, string.Join("\n", lines), cancellationToken);
    }

    private async Task<string> CollectAsync(Concern concern, string reporter, EvidenceAttachment file, string? serviceUrl, CardLanguage language, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        // The reporter's own name for the file, escaped; "Your picture" for a pasted one, which has none.
        var label = file.Name is { Length: > 0 } name ? $"\"{EvidenceFileName.Escaped(name)}\"" : language.Say("Your picture", "Eich llun");
        var named = file.Name is { Length: > 0 } ? label : language.Say("your picture", "eich llun");
        var usage = await Store.EvidenceUsageAsync(concern.Id, cancellationToken);
        var room = limits.MaxEvidenceTotalBytes - usage.Bytes;
        if (usage.Files >= limits.MaxEvidenceFiles || room <= 0)
        {
            await RejectAsync(concern, reporter, "reason=limit_reached", cancellationToken);
            return LimitReached(label, concern, usage, language);
        }

        var max = Math.Min(limits.MaxEvidenceBytes, room);
        var download = await deferredDownloader.Value.DownloadAsync(file, serviceUrl, max, cancellationToken);
        switch (download.Outcome)
        {
            case FileTransferOutcome.Refused:
                // Said the same way whatever the URL was: nothing about it (not even whether it answers) goes back.
                await RejectAsync(concern, reporter, "reason=not_a_teams_file", cancellationToken);
                return language.Say(
                    $"{label} is not a file sent through Teams, so I did not fetch it. Attach the file or paste the picture in this chat.",
                    $"Dydy {label} ddim yn ffeil a anfonwyd drwy Teams, felly wnes i ddim ei nôl. Atodwch y ffeil neu gludwch y llun yn y sgwrs hon.");
            case FileTransferOutcome.Redirected:
                // Sending it again would be sent on again: say what happened and what works instead.
                await RejectAsync(concern, reporter, "reason=redirected", cancellationToken);
                return language.Say(
                    $"{label} was sent on from where Teams keeps it to another address, which I never follow, so it was not fetched or stored. Attach it as a file in this chat instead.",
                    $"Cafodd {label} ei anfon ymlaen o'r lle mae Teams yn ei gadw i gyfeiriad arall, a dw i byth yn dilyn hynny, felly chafodd e ddim ei nôl na'i gadw. Atodwch e fel ffeil yn y sgwrs hon yn lle hynny.");
            case FileTransferOutcome.TooLarge when max < limits.MaxEvidenceBytes:
                await RejectAsync(concern, reporter, string.Create(CultureInfo.InvariantCulture, $"reason=too_large;limit={max}"), cancellationToken);
                return language.Say(
                    $"{label} would take concern {concern.Reference} past {ConcernCards.SizeLimit(limits.MaxEvidenceTotalBytes)} of evidence in all ({ConcernCards.SizeLimit(room)} left), so it was not stored.",
                    $"Byddai {label} yn mynd â phryder {concern.Reference} dros {ConcernCards.SizeLimit(limits.MaxEvidenceTotalBytes)} o dystiolaeth i gyd ({ConcernCards.SizeLimit(room)} ar ôl), felly chafodd e ddim ei gadw.");
            case FileTransferOutcome.TooLarge:
                await RejectAsync(concern, reporter, string.Create(CultureInfo.InvariantCulture, $"reason=too_large;limit={max}"), cancellationToken);
                return language.Say(
                    $"{label} is larger than {ConcernCards.SizeLimit(max)}, so it was not stored.",
                    $"Mae {label} yn fwy na {ConcernCards.SizeLimit(max)}, felly chafodd e ddim ei gadw.");
            case FileTransferOutcome.Failed:
                LogDownloadFailed(logger, download.StatusCode);
                return language.Say(
                    $"I couldn't download {named}, so it was not stored. Please send it again.",
                    $"Doeddwn i ddim yn gallu llwytho {named} i lawr, felly chafodd e ddim ei gadw. Anfonwch e eto, os gwelwch yn dda.");
        }

        var bytes = download.Bytes!;
        if (EvidenceFileType.Detect(bytes) is not { } type)
        {
            await RejectAsync(concern, reporter, string.Create(CultureInfo.InvariantCulture, $"reason=disallowed_type;bytes={bytes.Length}"), cancellationToken);
            return language.Say(
                $"{label} is not one of the kinds of file I keep as evidence ({EvidenceFileType.AcceptedInWords}), so it was not stored.",
                $"Dydy {label} ddim yn un o'r mathau o ffeil dw i'n eu cadw fel tystiolaeth (lluniau, PDFs, ffeiliau testun, neu ddogfennau Word, Excel a PowerPoint), felly chafodd e ddim ei gadw.");
        }

        var result = await Store.AddEvidenceAsync(concern, reporter, file.Name, type, bytes, cancellationToken);
        if (result is not AddEvidenceResult.Added added)
        {
            await RejectAsync(concern, reporter, "reason=limit_reached", cancellationToken);
            return LimitReached(label, concern, ((AddEvidenceResult.LimitReached)result).Usage, language);
        }

        // The file's kind ("PNG picture") is the bundle's English description, in either language.
        var evidence = added.Evidence;
        var stored = language == CardLanguage.Welsh
            ? string.Create(CultureInfo.InvariantCulture,
                $"Wedi cadw {named} fel ffeil tystiolaeth {evidence.Number}: {type.Description}, {ConcernCards.SizeLimit(evidence.SizeBytes)} (SHA-256 {evidence.Sha256[..12]}…).")
            : string.Create(CultureInfo.InvariantCulture,
                $"Stored {named} as evidence file {evidence.Number}: {type.Description}, {ConcernCards.SizeLimit(evidence.SizeBytes)} (SHA-256 {evidence.Sha256[..12]}…).");
        return added.Usage.Files >= limits.MaxEvidenceFiles
            ? stored + (language == CardLanguage.Welsh
                ? string.Create(CultureInfo.InvariantCulture, $" Dyna {limits.MaxEvidenceFiles} ffeil, y nifer fwyaf y gall un pryder ei chadw.")
                : string.Create(CultureInfo.InvariantCulture, $" That is {limits.MaxEvidenceFiles} files, the most one concern can hold."))
            : stored;
    }

    private string LimitReached(string label, Concern concern, EvidenceUsage usage, CardLanguage language)
    {
        var limits = options.Value;
        if (language == CardLanguage.Welsh)
        {
            return usage.Files >= limits.MaxEvidenceFiles
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Chafodd {label} ddim ei gadw: mae gan bryder {concern.Reference} {usage.Files} ffeil yn barod, y nifer fwyaf y gall un pryder ei chadw. Pwyswch Gorffen; gall y person sy'n delio â'r pryder ofyn i chi am ragor.")
                : $"Chafodd {label} ddim ei gadw: mae pryder {concern.Reference} yn dal {ConcernCards.SizeLimit(usage.Bytes)} o dystiolaeth yn barod, a'r mwyaf y gall un pryder ei ddal yw {ConcernCards.SizeLimit(limits.MaxEvidenceTotalBytes)}. Pwyswch Gorffen; gall y person sy'n delio â'r pryder ofyn i chi am ragor.";
        }

        return usage.Files >= limits.MaxEvidenceFiles
            ? string.Create(CultureInfo.InvariantCulture,
                $"{label} was not stored: concern {concern.Reference} already has {usage.Files} files, the most one concern can hold. Press Done; the handler can ask you for anything more.")
            : $"{label} was not stored: concern {concern.Reference} already holds {ConcernCards.SizeLimit(usage.Bytes)} of evidence, the most one concern can hold is {ConcernCards.SizeLimit(limits.MaxEvidenceTotalBytes)}. Press Done; the handler can ask you for anything more.";
    }

    private Task RejectAsync(Concern concern, string reporter, string details, CancellationToken cancellationToken) =>
        Audit.AppendAloneAsync(reporter, AuditActions.Rejected, concern.Reference, details, cancellationToken);

    private static async Task ReplyAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendAsync(turn.Activity.CreateReply(text), cancellationToken);

    [LoggerMessage(EventId = 6040, Level = LogLevel.Warning, Message = "Evidence download failed ({StatusCode})")]
    private static partial void LogDownloadFailed(ILogger logger, int statusCode);
}
