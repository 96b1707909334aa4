using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Sends the feature's private messages: to the reporter's 1:1 chat, and to handlers without case content.</summary>
internal sealed partial class ConcernMessenger(
    IConversationReferenceStore references,
    ProactiveMessenger proactive,
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

    /// <summary>Tells the reporter of a status change, by reference number only, in words people use.</summary>
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
        // In the language of the reporter's Teams client as the bot last saw it; English when it never has.
        message.Text = StatusMessage(concern.Reference, concern.Status, CardLocale.Of(reference.Locale));
        message.TextFormat = "plain";
        await SendAsync(reference, message, cancellationToken);
    }

    /// <summary>"Your concern CON-… has been acknowledged / is being investigated / has been closed."</summary>
    public static string StatusMessage(string reference, string status, CardLanguage language = CardLanguage.English) => status switch
    {
        ConcernStatus.Acknowledged => language.Say($"Your concern {reference} has been acknowledged.", $"Mae'ch pryder {reference} wedi'i gydnabod."),
        ConcernStatus.Investigating => language.Say($"Your concern {reference} is being investigated.", $"Mae'r ysgol yn ymchwilio i'ch pryder {reference}."),
        ConcernStatus.Closed => language.Say($"Your concern {reference} has been closed.", $"Mae'ch pryder {reference} wedi'i gau."),
        _ => language.Say($"Your concern {reference} has been received.", $"Mae'ch pryder {reference} wedi dod i law."),
    };

    /// <summary>
    /// Sends one handler the notice: the reference and "Open", nothing of the case (Teams shows card text in
    /// notification previews). A handler who has never written to the bot is reached by starting their 1:1 chat by
    /// Entra object id, through the connector of <paramref name="via"/> (the reporter's turn, or their stored chat).
    /// </summary>
    public async Task<bool> NotifyHandlerAsync(string handlerAadObjectId, Concern concern, int? escalatedAfterSchoolDays, ConversationReference? via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        via ??= await references.FindPersonalAsync(concern.ReporterAadObjectId, cancellationToken);
        var reference = await references.FindPersonalAsync(handlerAadObjectId, cancellationToken)
            ?? (via is null ? null : await StartPersonalChatAsync(handlerAadObjectId, via, cancellationToken));
        if (reference is null)
        {
            return false;
        }

        var notice = ConcernCards.HandlerNotice(concern.Reference, concern.Id, escalatedAfterSchoolDays).ToActivity($"Concern {concern.Reference} awaits you");
        return await SendAsync(reference, notice, cancellationToken);
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
}
