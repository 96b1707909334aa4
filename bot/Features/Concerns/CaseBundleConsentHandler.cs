using System.Globalization;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// fileConsent/invoke for our case bundles only (context "concern-bundle:&lt;id&gt;"; other features offer files too):
/// on accept, checks the handler again, streams the zip to the upload session (a OneDrive host, through the guarded
/// client: one attempt, no redirects) and sends the file card.
/// </summary>
internal sealed partial class CaseBundleConsentHandler(
    ConcernStore store,
    ConcernAuditTrail audit,
    CaseBundleBuilder builder,
    EvidenceUrlPolicy urls,
    GuardedFileClient files,
    StaffRoles roles,
    ILogger<CaseBundleConsentHandler> logger) : IInvokeHandler
{
    public const string InvokeName = "fileConsent/invoke";

    // Only claimable with the activity: the context in its value says whose file it is.
    public bool CanHandle(string invokeName) => false;

    public bool CanHandle(string invokeName, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return invokeName == InvokeName && ContextOf(activity)?.StartsWith(CaseBundleOffer.ContextPrefix, StringComparison.Ordinal) == true;
    }

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var actor = activity.From?.AadObjectId;
        var accepted = activity.Value?["action"]?.GetValue<string>() == "accept";
        var concern = Guid.TryParse(ContextOf(activity)?[CaseBundleOffer.ContextPrefix.Length..], out var id) ? await store.FindAsync(id, cancellationToken) : null;
        if (actor is null || !roles.IsConcernHandler(actor) || (concern is not null && !store.MayHandle(concern, actor)) || !activity.IsPersonalChat)
        {
            await audit.AppendAloneAsync(actor ?? "unknown", AuditActions.Denied, concern?.Reference, "verb=export", cancellationToken);
            await ReplaceConsentAsync(turn, "This case bundle isn't available to you. Nothing was sent.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (concern is null)
        {
            await ReplaceConsentAsync(turn, "That concern no longer exists, so there is no bundle to send.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (!accepted)
        {
            await ReplaceConsentAsync(turn, $"The case bundle for {concern.Reference} was not sent.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        var upload = activity.Value?["uploadInfo"];
        var uploadText = upload?["uploadUrl"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (!Uri.TryCreate(uploadText, UriKind.Absolute, out var uploadUrl) || !urls.MayUploadTo(uploadUrl))
        {
            await audit.AppendAloneAsync(actor, AuditActions.Rejected, concern.Reference, "reason=upload_url_not_onedrive;verb=export", cancellationToken);
            await ReplaceConsentAsync(turn, "Teams did not give me a OneDrive place to upload the file, so nothing was sent. Please export again.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        var bundle = await builder.PrepareAsync(concern, cancellationToken);
        var size = await bundle.MeasureAsync(cancellationToken);
        using var content = new CaseBundleContent(bundle, size);
        var status = await files.UploadAsync(uploadUrl, content, cancellationToken);
        if (status is < 200 or >= 300 || content.Sha256 is null)
        {
            LogUploadFailed(logger, status);
            await ReplaceConsentAsync(turn, "The upload to your OneDrive failed. Please export again.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        await audit.AppendAloneAsync(actor, AuditActions.Export, concern.Reference,
            string.Create(CultureInfo.InvariantCulture, $"bytes={size};sha256={content.Sha256}"), cancellationToken);
        await turn.SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment
                {
                    ContentType = AttachmentContentTypes.FileInfoCard,
                    ContentUrl = upload?["contentUrl"]?.GetValue<string>(),
                    Name = upload?["name"]?.GetValue<string>() ?? CaseBundle.FileName(concern),
                    Content = new JsonObject { ["uniqueId"] = upload?["uniqueId"]?.GetValue<string>(), ["fileType"] = upload?["fileType"]?.GetValue<string>() ?? "zip" },
                },
            ],
        }, cancellationToken);
        await ReplaceConsentAsync(turn, $"Case bundle for {concern.Reference} saved to your OneDrive.", cancellationToken);
        return new InvokeResponse(200, null);
    }

    private static string? ContextOf(Activity activity) =>
        activity.Value?["context"] is JsonObject context && context["context"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static async Task ReplaceConsentAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var message = turn.Activity.CreateReply(text);
        if (turn.Activity.ReplyToId is { } consentCard)
        {
            await turn.UpdateAsync(consentCard, message, cancellationToken);
        }
        else
        {
            await turn.SendAsync(message, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 6050, Level = LogLevel.Warning, Message = "Case bundle upload failed with status {StatusCode}")]
    private static partial void LogUploadFailed(ILogger logger, int statusCode);
}
