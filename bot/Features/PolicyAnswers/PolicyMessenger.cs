using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>Sends the feature's private messages into people's 1:1 chats with the bot.</summary>
internal sealed partial class PolicyMessenger(IConversationReferenceStore references, ProactiveMessenger proactive, ILogger<PolicyMessenger> logger)
{
    /// <summary>Sends into a person's 1:1 chat if the bot has one stored; false if not, or if Teams would not deliver it.</summary>
    public async Task<bool> SendToPersonalChatAsync(string aadObjectId, Activity message, CancellationToken cancellationToken)
    {
        var reference = await references.FindPersonalAsync(aadObjectId, cancellationToken);
        return reference is not null && await SendAsync(reference, message, cancellationToken);
    }

    /// <summary>The Teams locale last seen from a person ("cy-GB"), or null when the bot has never seen one.</summary>
    public async Task<string?> LastLocaleOfAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await references.FindPersonalAsync(aadObjectId, cancellationToken))?.Locale;

    /// <summary>
    /// Sends into a person's 1:1 chat, starting one from this turn (same Teams service, tenant and bot) when the bot
    /// has none stored yet, e.g. someone who only ever spoke to the bot in a channel.
    /// </summary>
    public async Task<bool> SendPrivatelyAsync(ITurnContext turn, string aadObjectId, string teamsUserId, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var personal = await proactive.OpenPersonalAsync(turn, new ChannelAccount { Id = teamsUserId, AadObjectId = aadObjectId }, cancellationToken);
        if (personal is null)
        {
            LogNotDelivered(logger, ConnectorOutcome.Failed);
            return false;
        }

        return await SendAsync(personal, message, cancellationToken);
    }

    private async Task<bool> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        var result = await proactive.SendAsync(reference, message, cancellationToken);
        if (!result.Succeeded)
        {
            LogNotDelivered(logger, result.Outcome);
        }

        return result.Succeeded;
    }

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "A private policy message was not delivered: {Outcome}")]
    private static partial void LogNotDelivered(ILogger logger, ConnectorOutcome outcome);
}
