using System.Globalization;
using System.Text;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Files and pasted screenshots sent in 1:1 chat while the reporter's evidence window is open. Runs before every
/// other command so a picture with a caption is taken as evidence, not as a question. Each file is downloaded at
/// once (a file's downloadUrl lives minutes), limited in size, typed by its content, and stored with its SHA-256.
/// </summary>
internal sealed partial class EvidenceUploadCommand(
    Deferred<ConcernStore> deferredStore,
    Deferred<ConcernAuditTrail> deferredAudit,
    Deferred<IConnectorClient> deferredConnector,
    IOptions<ConcernsOptions> options,
    ILogger<EvidenceUploadCommand> logger) : IMessageCommand
{
    public int Order => -1000;

    private ConcernStore Store => deferredStore.Value;

    private ConcernAuditTrail Audit => deferredAudit.Value;

    private IConnectorClient Connector => deferredConnector.Value;

    public bool Matches(IncomingMessage message) => false;

    public async ValueTask<bool> MatchesAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(message);
        if (!turn.Activity.IsPersonalChat || turn.Activity.From?.AadObjectId is not { } reporter)
        {
            return false;
        }

        if (Files(turn.Activity).Count == 0 && message.Normalised != "done")
        {
            return false;
        }

        return await Store.FindEvidenceSessionAsync(reporter, cancellationToken) is not null;
    }

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reporter = turn.Activity.From!.AadObjectId!;
        var session = await Store.FindEvidenceSessionAsync(reporter, cancellationToken);
        var concern = session is null ? null : await Store.FindAsync(session.ConcernId, cancellationToken);
        if (concern is null)
        {
            await ReplyAsync(turn, "The time to send evidence has ended. Nothing was stored.", cancellationToken);
            return;
        }

        var files = Files(turn.Activity);
        if (files.Count == 0)
        {
            await Store.CloseEvidenceSessionAsync(reporter, cancellationToken);
            await ReplyAsync(turn, $"Thank you. Concern {concern.Reference} has {concern.Evidence.Count} evidence file(s). I'll tell you here when its status changes.", cancellationToken);
            return;
        }

        var lines = new List<string>();
        var number = concern.Evidence.Count;
        foreach (var file in files)
        {
            number++;
            lines.Add(await CollectAsync(concern, reporter, file, number, cancellationToken));
        }

        lines.Add("Send more, or press Done on the card when you have finished.");
        await ReplyAsync(turn, string.Join("\n", lines), cancellationToken);
    }

    private async Task<string> CollectAsync(Concern concern, string reporter, EvidenceFile file, int number, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxEvidenceBytes;
        var label = file.Name ?? "Your picture";
        var download = await Connector.DownloadAttachmentAsync(file.Url, file.RequiresBotToken, max, cancellationToken);
        if (download.Outcome == ConnectorOutcome.TooLarge || download.Value?.Bytes.Length > max)
        {
            await Audit.AppendAloneAsync(reporter, AuditActions.Rejected, concern.Reference, string.Create(CultureInfo.InvariantCulture, $"reason=too_large;limit={max}"), cancellationToken);
            return $"{label} is larger than {ConcernCards.SizeLimit(max)}, so it was not stored.";
        }

        if (!download.Succeeded || download.Value is null)
        {
            LogDownloadFailed(logger, download.Outcome, download.StatusCode);
            await Audit.AppendAloneAsync(reporter, AuditActions.Rejected, concern.Reference, $"reason=download_failed;outcome={download.Outcome}", cancellationToken);
            return $"I couldn't download {label}, so it was not stored. Please send it again.";
        }

        var bytes = download.Value.Bytes;
        if (EvidenceFileType.Detect(bytes) is not { } type)
        {
            await Audit.AppendAloneAsync(reporter, AuditActions.Rejected, concern.Reference, string.Create(CultureInfo.InvariantCulture, $"reason=disallowed_type;bytes={bytes.Length}"), cancellationToken);
            return $"{label} is not a picture, PDF or text file, so it was not stored.";
        }

        var name = file.Name ?? string.Create(CultureInfo.InvariantCulture, $"screenshot-{number}.{type.Extension}");
        var evidence = await Store.AddEvidenceAsync(concern, reporter, name, type.ContentType, bytes, cancellationToken);
        return $"Stored {name} (SHA-256 {evidence.Sha256[..12]}…).";
    }

    private static async Task ReplyAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendAsync(turn.Activity.CreateReply(text), cancellationToken);

    /// <summary>The files in a message: Teams file attachments (pre-authorised downloadUrl) and pasted pictures (bot token).</summary>
    internal static List<EvidenceFile> Files(Activity activity)
    {
        var files = new List<EvidenceFile>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == AttachmentContentTypes.FileDownloadInfo
                && attachment.Content?["downloadUrl"]?.GetValue<string>() is { } download
                && Uri.TryCreate(download, UriKind.Absolute, out var downloadUrl) && IsAcceptableScheme(downloadUrl))
            {
                files.Add(new EvidenceFile(downloadUrl, false, SafeName(attachment.Name)));
            }
            else if (attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
                     && Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var imageUrl) && IsAcceptableScheme(imageUrl))
            {
                files.Add(new EvidenceFile(imageUrl, true, SafeName(attachment.Name)));
            }
        }

        return files;
    }

    // Teams only ever sends https; plain http is a connector or file server on this machine (local runs and tests),
    // which the connector client also allows only on loopback.
    private static bool IsAcceptableScheme(Uri url) => url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);

    private static string? SafeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var c in Path.GetFileName(name.Trim()))
        {
            builder.Append(char.IsControl(c) ? '_' : c);
        }

        var safe = builder.ToString();
        return safe.Length > 200 ? safe[..200] : safe;
    }

    [LoggerMessage(EventId = 6040, Level = LogLevel.Warning, Message = "Evidence download failed: {Outcome} ({StatusCode})")]
    private static partial void LogDownloadFailed(ILogger logger, ConnectorOutcome outcome, int statusCode);
}

internal sealed record EvidenceFile(Uri Url, bool RequiresBotToken, string? Name);
