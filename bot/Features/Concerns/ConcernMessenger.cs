using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Sends the feature's private messages: to the reporter's 1:1 chat, and to handlers without case content.</summary>
internal sealed partial class ConcernMessenger(
    IConversationReferenceStore references,
    ProactiveMessenger proactive,
    StaffRoles roles,
    ConcernStore store,
    ConcernAuditTrail audit,
    Microsoft.Extensions.Options.IOptions<BotIdentityOptions> identity,
    ILogger<ConcernMessenger> logger)
{
    /// <summary>
    /// Sends into the person's 1:1 chat with the bot, starting it from this turn (tenant + Teams user id) when the
    /// bot has none yet. Returns false when Teams would not deliver it.
    /// </summary>
    public async Task<bool> SendPrivatelyAsync(ITurnContext turn, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var personal = turn.Activity.From is { } from ? await proactive.OpenPersonalAsync(turn, from, cancellationToken) : null;
        if (personal is null)
        {
            LogDeliveryFailed(logger, ConnectorOutcome.Failed);
            return false;
        }

        return await SendAsync(personal, message, cancellationToken);
    }

    /// <summary>Tells the reporter of a status change, by reference number only.</summary>
    public async Task NotifyReporterAsync(Concern concern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var reference = await references.FindPersonalAsync(concern.ReporterAadObjectId, cancellationToken);
        if (reference is null)
        {
            LogNoPersonalChat(logger, concern.Reference);
            return;
        }

        var message = reference.CreateMessage();
        message.Text = $"Your concern {concern.Reference} is now {concern.Status}.";
        message.TextFormat = "plain";
        await SendAsync(reference, message, cancellationToken);
    }

    /// <summary>
    /// Sends each configured handler, in order, a card with the reference and "Open" only; a handler the concern is
    /// about is skipped without trace in what anyone is told. A handler who has never written to the bot is reached
    /// by starting their 1:1 chat by Entra object id, through the connector of the reporter's turn (<paramref name="via"/>).
    /// </summary>
    public async Task RouteAsync(Concern concern, ConversationReference via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(via);
        var reached = 0;
        foreach (var handler in roles.ConcernHandlers)
        {
            if (store.IsSubject(concern, handler.AadObjectId))
            {
                continue;
            }

            var reference = await references.FindPersonalAsync(handler.AadObjectId, cancellationToken)
                ?? await StartPersonalChatAsync(handler.AadObjectId, via, cancellationToken);
            var delivered = false;
            if (reference is not null)
            {
                var notice = ConcernCards.HandlerNotice(concern.Reference, concern.Id).ToActivity($"Concern {concern.Reference} awaits you");
                delivered = await SendAsync(reference, notice, cancellationToken);
            }

            reached += delivered ? 1 : 0;
            await audit.AppendAloneAsync(ConcernAuditTrail.System, AuditActions.Routed, concern.Reference,
                $"handler={handler.AadObjectId};delivered={(delivered ? "yes" : "no")}", cancellationToken);
        }

        if (reached == 0)
        {
            LogUnrouted(logger, concern.Reference);
        }
    }

    /// <summary>
    /// Creates (or, as Teams does for 1:1 chats, finds) the bot's personal chat with someone known only by their Entra
    /// object id, which Teams accepts as a member id. Null when Teams refuses, e.g. the app is not installed for them.
    /// </summary>
    private async Task<ConversationReference?> StartPersonalChatAsync(string aadObjectId, ConversationReference via, CancellationToken cancellationToken)
    {
        // Local mode (no app id) talks to an emulator, which answers any 1:1 create with its own user's chat: the
        // notice would land in the reporter's chat. Only Teams itself resolves a member by Entra object id.
        if (!identity.Value.HasAppId || string.IsNullOrEmpty(via.TenantId))
        {
            return null;
        }

        // Not remembered: the real reference (with the member's Teams id) is stored the first time they write to the bot.
        var personal = await proactive.OpenPersonalAsync(via, new ChannelAccount { Id = aadObjectId, AadObjectId = aadObjectId }, remember: false, cancellationToken);
        if (personal is null)
        {
            LogDeliveryFailed(logger, ConnectorOutcome.Failed);
        }

        return personal;
    }

    private async Task<bool> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        var result = await proactive.SendAsync(reference, message, cancellationToken);
        if (!result.Succeeded)
        {
            LogDeliveryFailed(logger, result.Outcome);
        }

        return result.Succeeded;
    }

    [LoggerMessage(EventId = 6020, Level = LogLevel.Warning, Message = "A private concern message was not delivered: {Outcome}")]
    private static partial void LogDeliveryFailed(ILogger logger, ConnectorOutcome outcome);

    [LoggerMessage(EventId = 6021, Level = LogLevel.Warning, Message = "The reporter of {Reference} has no 1:1 chat with the bot; status change not sent")]
    private static partial void LogNoPersonalChat(ILogger logger, string reference);

    [LoggerMessage(EventId = 6022, Level = LogLevel.Error, Message = "Concern {Reference} reached no handler: none is configured or none has the bot installed")]
    private static partial void LogUnrouted(ILogger logger, string reference);
}
