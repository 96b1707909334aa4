using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST client. It decides per call whether the bot's token may go with it (only to trusted
/// serviceUrls; with no app id, only to loopback and without a token), and turns every HTTP outcome into a
/// <see cref="ConnectorResult{T}"/>. Retries and the token itself are the HttpClient pipeline's job.
/// </summary>
internal sealed partial class BotConnectorClient(
    HttpClient httpClient,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<BotIdentityOptions> identityOptions,
    IOptions<BotConnectorOptions> connectorOptions,
    TimeProvider timeProvider,
    ILogger<BotConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotConnector";
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, ReadResourceResponse, "SendToConversation", cancellationToken);
    }

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId ??= replyToId;
        return SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, ReadResourceResponse, "ReplyToActivity", cancellationToken);
    }

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, ReadResourceResponse, "UpdateActivity", cancellationToken);
    }

    public Task<ConnectorResult<bool>> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendAsync(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, static _ => true, "DeleteActivity", cancellationToken);
    }

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, static body => ReadJson<ConversationResourceResponse>(body) ?? new ConversationResourceResponse(), "CreateConversation", cancellationToken);
    }

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Escape(continuationToken)}");
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, static body => ReadJson<PagedMembersResult>(body) ?? new PagedMembersResult(), "GetPagedMembers", cancellationToken);
    }

    public async Task<ConnectorResult<DownloadedContent>> DownloadAttachmentAsync(Uri url, bool requiresBotToken, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        const string operation = "DownloadAttachment";
        bool attachToken;
        if (requiresBotToken)
        {
            // A /v3/attachments URL sits on the connector host, not necessarily under the serviceUrl's path.
            if (!MayCall(url, trustedServiceUrls.IsTrustedHost, out attachToken))
            {
                LogUntrusted(logger, operation);
                return ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.UntrustedServiceUrl, 0);
            }
        }
        else
        {
            // A downloadUrl is pre-authorised and comes from the message: it never gets the token, and plain http is
            // only for a loopback test server.
            attachToken = false;
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            {
                LogUntrusted(logger, operation);
                return ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.UntrustedServiceUrl, 0);
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(BotTokenHandler.AttachBotToken, attachToken);
        using var response = await SendSafelyAsync(request, HttpCompletionOption.ResponseHeadersRead, operation, cancellationToken);
        if (response.Response is not { } answer)
        {
            return ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.Failed, 0, response.FailureCode);
        }

        if (!answer.IsSuccessStatusCode)
        {
            return await FailureAsync<DownloadedContent>(answer, operation, cancellationToken);
        }

        var status = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentLength > maxBytes)
        {
            LogTooLarge(logger, maxBytes);
            return ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.TooLarge, status);
        }

        // The retry pipeline's time bound ends with the response headers; a body that trickles in gets its own.
        using var readTimeout = new CancellationTokenSource(connectorOptions.Value.TotalTimeout, timeProvider);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, readTimeout.Token);
        byte[]? bytes;
        try
        {
            bytes = await ReadCappedAsync(answer.Content, maxBytes, reading.Token);
        }
        catch (OperationCanceledException) when (readTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, null, operation);
            return ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.Failed, status, "Timeout");
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex, operation);
            return ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.Failed, status, "NetworkError");
        }

        if (bytes is null)
        {
            LogTooLarge(logger, maxBytes);
            return ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.TooLarge, status);
        }

        return ConnectorResult.Success(new DownloadedContent(bytes, answer.Content.Headers.ContentType?.ToString()), status);
    }

    private async Task<ConnectorResult<T>> SendAsync<T>(
        HttpMethod method, Uri serviceUrl, string relativePath, object? body, Func<byte[], T> readSuccess, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!MayCall(serviceUrl, trustedServiceUrls.IsTrusted, out var attachToken))
        {
            LogUntrusted(logger, operation);
            return ConnectorResult.Failure<T>(ConnectorOutcome.UntrustedServiceUrl, 0);
        }

        using var request = new HttpRequestMessage(method, Combine(serviceUrl, relativePath));
        if (body is not null)
        {
            // Serialised once into a buffer: every retry re-sends the same bytes, with a Content-Length.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        request.Options.Set(BotTokenHandler.AttachBotToken, attachToken);
        using var sent = await SendSafelyAsync(request, HttpCompletionOption.ResponseContentRead, operation, cancellationToken);
        if (sent.Response is not { } response)
        {
            return ConnectorResult.Failure<T>(sent.Failure, 0, sent.FailureCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            return await FailureAsync<T>(response, operation, cancellationToken);
        }

        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            return ConnectorResult.Success(readSuccess(content), (int)response.StatusCode);
        }
        catch (JsonException)
        {
            LogUnreadableAnswer(logger, operation, (int)response.StatusCode, CorrelationId(response));
            return ConnectorResult.Failure<T>(ConnectorOutcome.Failed, (int)response.StatusCode, "UnreadableResponse");
        }
    }

    /// <summary>Whether the URL may be called at all, and whether with the bot's token.</summary>
    private bool MayCall(Uri url, Func<Uri, bool> isTrusted, out bool attachToken)
    {
        if (identityOptions.Value.HasAppId)
        {
            attachToken = true;
            return url.IsAbsoluteUri && isTrusted(url);
        }

        // No app id: local development. Nothing is signed, and nothing leaves the machine.
        attachToken = false;
        return url.IsAbsoluteUri && url.IsLoopback;
    }

    private async Task<SendOutcome> SendSafelyAsync(HttpRequestMessage request, HttpCompletionOption completion, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return new SendOutcome(await httpClient.SendAsync(request, completion, cancellationToken), ConnectorOutcome.Succeeded, null);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex, operation);
            return new SendOutcome(null, ConnectorOutcome.NoAnswer, "NetworkError");
        }
        catch (TimeoutRejectedException ex)
        {
            LogUnreachable(logger, ex, operation);
            return new SendOutcome(null, ConnectorOutcome.NoAnswer, "Timeout");
        }
        catch (BotTokenUnavailableException ex)
        {
            LogUnreachable(logger, ex, operation);
            // Nothing left the machine: no answer is missing, the send simply failed.
            return new SendOutcome(null, ConnectorOutcome.Failed, "TokenUnavailable");
        }
    }

    private async Task<ConnectorResult<T>> FailureAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var code = ConnectorError.ReadCode(await ReadCappedAsync(response.Content, 64 * 1024, cancellationToken) ?? []);
        LogFailed(logger, operation, status, code, CorrelationId(response));
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden when ConnectorError.MeansRecipientBlockedBot(code) => ConnectorResult.Failure<T>(ConnectorOutcome.RecipientBlockedBot, status, code),
            HttpStatusCode.NotFound => ConnectorResult.Failure<T>(ConnectorOutcome.NotFound, status, code),
            HttpStatusCode.TooManyRequests => ConnectorResult.Failure<T>(ConnectorOutcome.Throttled, status, code, RetryAfterHeader.Read(response, timeProvider)),
            _ => ConnectorResult.Failure<T>(ConnectorOutcome.Failed, status, code),
        };
    }

    /// <summary>The content, or null once it passes <paramref name="maxBytes"/> (reading stops at maxBytes + 1).</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }
    }

    private static ResourceResponse ReadResourceResponse(byte[] body) => ReadJson<ResourceResponse>(body) ?? new ResourceResponse(null);

    // Some connector answers (delete, and updates on some channels) have an empty body.
    private static T? ReadJson<T>(byte[] body) where T : class =>
        body.Length == 0 ? null : JsonSerializer.Deserialize<T>(body, ProtocolJson.Options);

    private static Uri Combine(Uri serviceUrl, string relativePath)
    {
        var root = serviceUrl.AbsoluteUri;
        return new Uri(root.EndsWith('/') ? root + relativePath : root + "/" + relativePath);
    }

    // Teams ids contain ':', '@' and ';' (channel threads: "19:...@thread.tacv2;messageid=...").
    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string? CorrelationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;

    private readonly record struct SendOutcome(HttpResponseMessage? Response, ConnectorOutcome Failure, string? FailureCode) : IDisposable
    {
        public void Dispose() => Response?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Operation} not sent: the URL is not a trusted connector URL")]
    private static partial void LogUntrusted(ILogger logger, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Operation} failed with {StatusCode} ({ErrorCode}); correlating operation {CorrelatingOperationId}")]
    private static partial void LogFailed(ILogger logger, string operation, int statusCode, string? errorCode, string? correlatingOperationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Operation} answered {StatusCode} with a body that is not the expected JSON; correlating operation {CorrelatingOperationId}")]
    private static partial void LogUnreadableAnswer(ILogger logger, string operation, int statusCode, string? correlatingOperationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Operation} could not be completed")]
    private static partial void LogUnreachable(ILogger logger, Exception? exception, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment download stopped: larger than {MaxBytes} bytes")]
    private static partial void LogTooLarge(ILogger logger, long maxBytes);
}
