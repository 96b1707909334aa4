using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// Messages the bot starts itself: into a conversation it remembered, or into a 1:1 chat it opens with someone.
/// Features say what to send and to whom; the addressing is done here, including finding a person again when the
/// chat the bot remembered no longer answers (Teams moves service URLs between regions): the chat is opened again
/// through the current turn's Teams service and the new address remembered, with no code in the features.
/// Creating a 1:1 conversation needs the user's id and the tenant id, and returns the existing chat if there is one:
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
/// </summary>
public sealed partial class ProactiveMessenger(
    IConnectorClient connector,
    IConversationReferenceStore references,
    ILogger<ProactiveMessenger> logger,
    CurrentTurn? currentTurn = null)
{
    /// <summary>
    /// Sends into a stored conversation, addressed as the bot. When it is a 1:1 chat whose service no longer answers
    /// (unreachable, 404 conversation gone, a 403 other than "blocked", or a service URL not trusted since a restart)
    /// and a turn of the same tenant is being handled, the chat is opened again through that turn's service, stored,
    /// and the message sent once more.
    /// </summary>
    public async Task<ConnectorResult<ResourceResponse>> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(message);
        // No current turn (background work, or a host without the /api/messages endpoint): no service to reopen through.
        if (currentTurn?.Turn?.Reference is not { } via || !MayReopen(reference, via))
        {
            return await SendOnceAsync(reference, message, cancellationToken);
        }

        // Within a turn the answer is due in seconds: a dead address is not worth the client's retries (half a minute of
        // backoff on a refused connection), so the first attempt is made once, and retried in full only if Teams was busy.
        ConnectorResult<ResourceResponse> result;
        using (ConnectorRetries.Suppress())
        {
            result = await SendOnceAsync(reference, message, cancellationToken);
        }

        if (!result.Succeeded && !IsStale(result) && WorthRetrying(result))
        {
            result = await SendOnceAsync(reference, message, cancellationToken);
        }

        if (result.Succeeded || !IsStale(result))
        {
            return result;
        }

        var person = new ChannelAccount { Id = reference.UserAadObjectId ?? reference.UserId, AadObjectId = reference.UserAadObjectId, Name = reference.UserName };
        var reopened = await CreatePersonalAsync(via, person, cancellationToken);
        if (reopened is null)
        {
            LogReopenFailed(logger, result.Outcome, result.StatusCode);
            return result;
        }

        // Stored with the Teams user id the old reference knew, so that later turns find the same person.
        reopened = reopened with { UserId = reference.UserId ?? reopened.UserId };
        await references.SaveAsync(reopened, cancellationToken);
        LogReopened(logger, result.Outcome, result.StatusCode);

        // The message was addressed to the old conversation: address it to the new one.
        message.Conversation = null;
        message.ServiceUrl = null;
        return await SendOnceAsync(reopened, message, cancellationToken);
    }

    /// <summary>
    /// The person's 1:1 chat with the bot: the stored one, or one opened now through this turn's Teams service, tenant
    /// and bot (Teams returns the existing chat if there is one) and remembered. Null when Teams would not open it.
    /// </summary>
    public Task<ConversationReference?> OpenPersonalAsync(ITurnContext turn, ChannelAccount person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return OpenPersonalAsync(turn.Reference, person, remember: true, cancellationToken);
    }

    /// <summary>
    /// The person's 1:1 chat, opened through the Teams service, tenant and bot of <paramref name="via"/> when none is
    /// stored. <paramref name="person"/>'s id may be a Teams user id (29:…) or an Entra object id, which Teams accepts
    /// as a member id. <paramref name="remember"/> stores the new chat for later turns.
    /// </summary>
    public async Task<ConversationReference?> OpenPersonalAsync(ConversationReference via, ChannelAccount person, bool remember, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(via);
        ArgumentNullException.ThrowIfNull(person);
        if (person.AadObjectId is { } aadObjectId && await references.FindPersonalAsync(aadObjectId, cancellationToken) is { } stored)
        {
            return stored;
        }

        var personal = await CreatePersonalAsync(via, person, cancellationToken);
        if (personal is not null && remember)
        {
            await references.SaveAsync(personal, cancellationToken);
        }

        return personal;
    }

    private async Task<ConversationReference?> CreatePersonalAsync(ConversationReference via, ChannelAccount person, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(via.ServiceUrl) || via.BotId is null || person.Id is null)
        {
            return null;
        }

        var created = await connector.CreateConversationAsync(new Uri(via.ServiceUrl), new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = via.BotId, Name = via.BotName },
            Members = [new ChannelAccount { Id = person.Id }],
            TenantId = via.TenantId,
            // Teams reads the tenant from channelData; the top-level field is what newer services read.
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = via.TenantId } },
        }, cancellationToken);
        if (!created.Succeeded || created.Value?.Id is null)
        {
            return null;
        }

        return new ConversationReference(created.Value.ServiceUrl ?? via.ServiceUrl, created.Value.Id, "personal", via.TenantId,
            person.Id, person.AadObjectId, person.Name, via.BotId, via.BotName, via.ChannelId);
    }

    private Task<ConnectorResult<ResourceResponse>> SendOnceAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        var template = reference.CreateMessage();
        message.Type ??= ActivityTypes.Message;
        message.Conversation ??= template.Conversation;
        message.From ??= template.From;
        message.Recipient ??= template.Recipient;
        message.ServiceUrl ??= template.ServiceUrl;
        message.ChannelId ??= template.ChannelId;
        return connector.SendToConversationAsync(new Uri(reference.ServiceUrl), reference.ConversationId, message, cancellationToken);
    }

    /// <summary>Failures that say the address is dead, not that the person refused the bot or Teams is busy.</summary>
    private static bool IsStale(ConnectorResult<ResourceResponse> result) => result.Outcome switch
    {
        ConnectorOutcome.NotFound or ConnectorOutcome.UntrustedServiceUrl => true,
        ConnectorOutcome.Failed => result.StatusCode == StatusCodes.Status403Forbidden,
        // A connection that failed outright (refused, no route) never reached Teams; a time-out might have, so it is not stale.
        ConnectorOutcome.NoAnswer => result.StatusCode == 0 && result.ErrorCode == "NetworkError",
        _ => false,
    };

    /// <summary>Throttling and a busy or failing service: what the client's own retries are for.</summary>
    private static bool WorthRetrying(ConnectorResult<ResourceResponse> result) =>
        result.Outcome == ConnectorOutcome.Throttled
        || (result.Outcome == ConnectorOutcome.NoAnswer && result.ErrorCode == "Timeout")
        || (result.Outcome == ConnectorOutcome.Failed && (result.ErrorCode == "Timeout"
            || (result.StatusCode != 0 && ConnectorResilience.IsRetryableStatus((System.Net.HttpStatusCode)result.StatusCode))));

    /// <summary>Only a 1:1 chat, only someone known by id, and only through a turn of the same tenant and bot.</summary>
    private static bool MayReopen(ConversationReference stale, ConversationReference via) =>
        string.Equals(stale.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
        && (stale.UserAadObjectId ?? stale.UserId) is not null
        && stale.TenantId is not null
        && string.Equals(stale.TenantId, via.TenantId, StringComparison.OrdinalIgnoreCase)
        && (stale.BotId is null || string.Equals(stale.BotId, via.BotId, StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(EventId = 130, Level = LogLevel.Information, Message = "A stored 1:1 chat did not answer ({Outcome}, {StatusCode}); opened it again through the current turn's Teams service")]
    private static partial void LogReopened(ILogger logger, ConnectorOutcome outcome, int statusCode);

    [LoggerMessage(EventId = 131, Level = LogLevel.Warning, Message = "A stored 1:1 chat did not answer ({Outcome}, {StatusCode}) and Teams would not open it again")]
    private static partial void LogReopenFailed(ILogger logger, ConnectorOutcome outcome, int statusCode);
}
