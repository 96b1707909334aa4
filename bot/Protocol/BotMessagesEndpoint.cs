using System.Text.Json;
using CadoxtonPolicyBot.Protocol.Authentication;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// POST /api/messages: limit the body, authenticate, parse, remember the conversation, run the turn,
/// and answer invokes synchronously. Everything feature-specific happens behind <see cref="IBot"/>.
/// </summary>
internal sealed partial class BotMessagesEndpoint(
    IBotRequestAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    IConversationReferenceStore references,
    IConnectorClient connector,
    IBot bot,
    IEnumerable<IActivityGate> gates,
    CurrentTurn currentTurn,
    IOptions<BotProtocolOptions> options,
    ProtocolMetrics metrics,
    ILogger<BotMessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // From the socket, before any forwarded-headers middleware rewrote the address (LoopbackCaller).
        var callerIsLoopback = LoopbackCaller.IsLocal(http);
        var token = await authenticator.ValidateTokenAsync(http.Request.Headers.Authorization.ToString(), callerIsLoopback, cancellationToken);
        if (token.Status is AuthStatus.Unauthorized or AuthStatus.Forbidden)
        {
            LogRejected(logger, token.Status, token.FailureReason);
            return Results.StatusCode(token.Status == AuthStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null)
        {
            LogMalformed(logger, "the body is not an activity");
            return Results.BadRequest();
        }

        if (ActivityShape.FindProblem(activity) is { } problem)
        {
            LogMalformed(logger, problem);
            return Results.BadRequest();
        }

        var status = token.CheckActivity(activity);
        if (status is AuthStatus.Unauthorized or AuthStatus.Forbidden)
        {
            LogRejected(logger, status, "activity does not match token");
            return Results.StatusCode(status == AuthStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        if (status == AuthStatus.Authenticated)
        {
            trustedServiceUrls.RecordAuthenticated(activity.ServiceUrl!);
        }

        if (ActivityShape.CapMembers(activity) is > 0 and var dropped)
        {
            LogMembersCapped(logger, dropped, ActivityShape.MaxMembersPerUpdate);
        }

        metrics.TurnReceived(activity.Type);
        var turn = new TurnContext(activity, connector, http.TraceIdentifier);
        currentTurn.Turn = turn;
        try
        {
            foreach (var gate in gates.OrderBy(g => g.Order))
            {
                if (!await gate.AdmitAsync(turn, cancellationToken))
                {
                    // Refused: the gate has answered; nothing is remembered and no feature hears of it.
                    return activity.Type == ActivityTypes.Invoke
                        ? InvokeResult(turn.InvokeResponse ?? new InvokeResponse(StatusCodes.Status403Forbidden, null))
                        : Results.Ok();
                }
            }

            await references.SaveAsync(turn.Reference, cancellationToken);
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, ex, activity.Type, turn.CorrelationId);
            return await ApologiseAsync(turn, cancellationToken);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return turn.InvokeResponse is { } answer
                ? InvokeResult(answer)
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return Results.Ok();
    }

    private static IResult InvokeResult(InvokeResponse answer) =>
        answer.Body is null ? Results.StatusCode(answer.Status) : Results.Json(answer.Body, ProtocolJson.Options, statusCode: answer.Status);

    private async Task<IResult> ApologiseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var apology = $"Sorry, something went wrong on my side and nothing was saved. Please try again in a moment. (Reference: {turn.CorrelationId})";
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            // The card shows the message in place of the pressed button's result.
            return Results.Json(
                new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = apology },
                ProtocolJson.Options);
        }

        try
        {
            await turn.SendAsync(turn.Activity.CreateReply(apology), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The apology is a courtesy; whatever stopped it must not turn the answer into a 500.
            LogApologyFailed(logger, ex, turn.CorrelationId);
        }

        return Results.Ok();
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is bigger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            // Teams sends Content-Length: read straight into a buffer of that size, then make sure nothing follows.
            var body = new byte[length];
            var offset = 0;
            int read;
            while (offset < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(offset), cancellationToken)) > 0)
            {
                offset += read;
            }

            return offset == body.Length ? body : body[..offset];
        }

        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Rejected /api/messages request: {Status} ({Reason})")]
    private static partial void LogRejected(ILogger logger, AuthStatus status, string? reason);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity; correlation id {CorrelationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string correlationId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Could not send the apology for correlation id {CorrelationId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Rejected a malformed activity with 400: {Problem}")]
    private static partial void LogMalformed(ILogger logger, string problem);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "A conversationUpdate listed {Dropped} members beyond the {Cap} handled per activity; they were ignored")]
    private static partial void LogMembersCapped(ILogger logger, int dropped, int cap);
}
