using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Fetches one evidence file, once, as <see cref="EvidenceUrlPolicy"/> allows: a file link through the guarded
/// client (no token), a pasted picture through the connector client (with the bot's token, no retries, no redirect
/// followed). A refused URL is never requested.
/// </summary>
internal sealed class EvidenceDownloader(EvidenceUrlPolicy policy, GuardedFileClient files, IConnectorClient connector)
{
    public async Task<FileTransfer> DownloadAsync(EvidenceAttachment file, string? turnServiceUrl, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        switch (policy.Decide(file, turnServiceUrl))
        {
            case EvidenceFetch.Guarded:
                return await files.DownloadAsync(new Uri(file.Url), maxBytes, cancellationToken);
            case EvidenceFetch.ConnectorAttachment:
                ConnectorResult<DownloadedContent> download;
                // One attempt: a download is not worth repeating against a host, and a retried GET is a second request.
                using (ConnectorRetries.Suppress())
                {
                    download = await connector.DownloadAttachmentAsync(new Uri(file.Url), requiresBotToken: true, maxBytes, cancellationToken);
                }

                return download switch
                {
                    { Outcome: ConnectorOutcome.TooLarge } => new FileTransfer(FileTransferOutcome.TooLarge, download.StatusCode, null),
                    { Succeeded: true, Value: { } content } when content.Bytes.Length <= maxBytes => new FileTransfer(FileTransferOutcome.Done, download.StatusCode, content.Bytes),
                    { Succeeded: true } => new FileTransfer(FileTransferOutcome.TooLarge, download.StatusCode, null),
                    // The connector client follows no redirect: the answer itself comes back, and is not taken.
                    { StatusCode: >= 300 and < 400 } => new FileTransfer(FileTransferOutcome.Redirected, download.StatusCode, null),
                    _ => new FileTransfer(FileTransferOutcome.Failed, download.StatusCode, null),
                };
            default:
                return new FileTransfer(FileTransferOutcome.Refused, 0, null);
        }
    }
}
