namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Where a file in a message lives: a Teams file link (its pre-authorised downloadUrl) or a picture pasted into the chat.</summary>
internal enum EvidenceOrigin
{
    /// <summary>application/vnd.microsoft.teams.file.download.info: the file is in the sender's OneDrive.</summary>
    FileLink,

    /// <summary>image/*: a picture hosted by the Bot Connector at {serviceUrl}/v3/attachments/{id}/views/{view}.</summary>
    PastedPicture,
}
