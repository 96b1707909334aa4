namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (/v3/conversations/...). Implementations obtain and attach the bot's token,
/// retry throttled calls and refuse to send the token to a serviceUrl that was never seen authenticated.
/// Expected failures come back as <see cref="ConnectorResult{T}"/> values, not exceptions.
/// </summary>
public interface IConnectorClient
{
    Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<bool>> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>
    /// Downloads a pasted image from a Bot Connector /v3/attachments URL (needs the bot's token, sent only to
    /// trusted connector hosts) or a file's pre-authorised downloadUrl (sent without any token).
    /// </summary>
    Task<ConnectorResult<DownloadedContent>> DownloadAttachmentAsync(Uri url, bool requiresBotToken, long maxBytes, CancellationToken cancellationToken);
}

public sealed record DownloadedContent(byte[] Bytes, string? ContentType);

public enum ConnectorOutcome
{
    Succeeded,
    /// <summary>403 MessageWritesBlocked: the user blocked the bot. Never retried.</summary>
    RecipientBlockedBot,
    /// <summary>404: conversation or user gone.</summary>
    NotFound,
    /// <summary>Still 429 after the retries allowed.</summary>
    Throttled,
    /// <summary>The serviceUrl was never seen in an authenticated activity nor configured: nothing was sent.</summary>
    UntrustedServiceUrl,
    /// <summary>A download bigger than the caller's limit: stopped reading, nothing kept.</summary>
    TooLarge,
    /// <summary>
    /// The request went out (or may have) but no answer came back: the connection failed or the time allowed ran
    /// out. Whether Teams acted on it is unknown, so a caller that must not send twice must not simply resend.
    /// </summary>
    NoAnswer,
    /// <summary>Teams answered with an error, or nothing was sent (no token): safe to try again.</summary>
    Failed,
}

public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value, int StatusCode, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Outcome == ConnectorOutcome.Succeeded;
}

public static class ConnectorResult
{
    public static ConnectorResult<T> Success<T>(T value, int statusCode) => new(ConnectorOutcome.Succeeded, value, statusCode);

    public static ConnectorResult<T> Failure<T>(ConnectorOutcome outcome, int statusCode, string? errorCode = null, TimeSpan? retryAfter = null) =>
        new(outcome, default, statusCode, errorCode, retryAfter);
}
