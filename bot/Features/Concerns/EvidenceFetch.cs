namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>How a file may be fetched, if at all: decided before any request is made.</summary>
internal enum EvidenceFetch
{
    /// <summary>Not fetched: the URL is not one Teams uses for files. Nothing was requested.</summary>
    Refused,

    /// <summary>A pre-authorised SharePoint/OneDrive downloadUrl (or, in local mode, a loopback URL): no token, guarded connection.</summary>
    Guarded,

    /// <summary>A picture on the Bot Connector's attachment path under this turn's serviceUrl: the bot's token goes with it.</summary>
    ConnectorAttachment,
}
