using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>One file sent in a message, as the message describes it (everything here is the sender's to choose).</summary>
internal sealed record EvidenceAttachment(string Url, EvidenceOrigin Origin, string? Name)
{
    /// <summary>
    /// The files in a message (the text/html copy of the message Teams adds is not a file). Shapes from
    /// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4 (PROTOCOL.md §6).
    /// </summary>
    public static List<EvidenceAttachment> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var files = new List<EvidenceAttachment>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == AttachmentContentTypes.FileDownloadInfo)
            {
                var download = attachment.Content?["downloadUrl"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
                files.Add(new EvidenceAttachment(download ?? string.Empty, EvidenceOrigin.FileLink, attachment.Name));
            }
            else if (attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)
            {
                files.Add(new EvidenceAttachment(attachment.ContentUrl ?? string.Empty, EvidenceOrigin.PastedPicture, attachment.Name));
            }
        }

        return files;
    }
}
