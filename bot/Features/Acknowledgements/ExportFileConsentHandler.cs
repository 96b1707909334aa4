using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// fileConsent/invoke for our exports: on Allow, PUT the CSV to the OneDrive upload session Teams created (no bot
/// token: the URL is pre-authorised) and post a file card; on Decline, drop it. Either way the bytes are deleted.
/// </summary>
internal sealed partial class ExportFileConsentHandler(
    RoundExporter exporter,
    StaffRoles roles,
    IHttpClientFactory httpClients,
    ILogger<ExportFileConsentHandler> logger) : IInvokeHandler
{
    public const string HttpClientName = "ack-export-upload";

    public bool CanHandle(string invokeName) => invokeName == "fileConsent/invoke";

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var value = turn.Activity.Value as JsonObject;
        var action = value?["action"]?.GetValue<string>();
        var exportId = value?["context"]?[RoundExporter.ContextKey]?.GetValue<string>();
        var userId = turn.Activity.From?.AadObjectId;
        if (exportId is null || action is not ("accept" or "decline"))
        {
            return new InvokeResponse(400, null);
        }

        var export = await exporter.FindAsync(exportId, cancellationToken);
        if (export is null || !roles.IsHeadTeacher(userId)
            || !string.Equals(export.RequestedByAadObjectId, userId, StringComparison.OrdinalIgnoreCase))
        {
            await turn.SendAsync(turn.Activity.CreateReply("That export has expired. Press Export on the progress card to make a new one."), cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (action == "decline")
        {
            await exporter.DiscardAsync(exportId, cancellationToken);
            await turn.SendAsync(turn.Activity.CreateReply("OK, I haven't saved the export."), cancellationToken);
            return new InvokeResponse(200, null);
        }

        var upload = value?["uploadInfo"] as JsonObject;
        var uploadUrl = upload?["uploadUrl"]?.GetValue<string>();
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var target) || target.Scheme != Uri.UriSchemeHttps && !target.IsLoopback)
        {
            return new InvokeResponse(400, null);
        }

        using var content = new ByteArrayContent(export.Content);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, export.Content.Length - 1, export.Content.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, target) { Content = content };
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogUploadFailed(logger, (int)response.StatusCode);
            await turn.SendAsync(turn.Activity.CreateReply("I couldn't save the file to your OneDrive. Please press Export again."), cancellationToken);
            return new InvokeResponse(200, null);
        }

        await exporter.DiscardAsync(exportId, cancellationToken);
        var fileCard = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment
                {
                    ContentType = AttachmentContentTypes.FileInfoCard,
                    Name = upload?["name"]?.GetValue<string>() ?? export.FileName,
                    ContentUrl = upload?["contentUrl"]?.GetValue<string>(),
                    Content = new JsonObject
                    {
                        ["uniqueId"] = upload?["uniqueId"]?.GetValue<string>(),
                        ["fileType"] = upload?["fileType"]?.GetValue<string>() ?? "csv",
                    },
                },
            ],
        };
        await turn.SendAsync(fileCard, cancellationToken);
        LogUploaded(logger, export.RoundId, export.Content.Length);
        return new InvokeResponse(200, null);
    }

    [LoggerMessage(EventId = 5021, Level = LogLevel.Warning, Message = "Export upload to OneDrive failed with status {Status}")]
    private static partial void LogUploadFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 5022, Level = LogLevel.Information, Message = "Round {RoundId}: export of {Bytes} bytes uploaded")]
    private static partial void LogUploaded(ILogger logger, Guid roundId, int bytes);
}
