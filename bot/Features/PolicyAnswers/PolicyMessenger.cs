using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>Sends the feature's private messages into people's 1:1 chats with the bot.</summary>
internal sealed partial class PolicyMessenger(IConversationReferenceStore references, IConnectorClient connector, ILogger<PolicyMessenger> logger)
{
    /// <summary>Sends into a person's 1:1 chat if the bot has one stored; false if not, or if Teams would not deliver it.</summary>
    public async Task<bool> SendToPersonalChatAsync(string aadObjectId, Activity message, CancellationToken cancellationToken)
    {
        var reference = await references.FindPersonalAsync(aadObjectId, cancellationToken);
        return reference is not null && await SendAsync(reference, message, cancellationToken);
    }

    /// <summary>
    /// Sends into a person's 1:1 chat, starting one from this turn (same Teams service, tenant and bot) when the bot
    /// has none stored yet, e.g. someone who only ever spoke to the bot in a channel.
    /// </summary>
    public async Task<bool> SendPrivatelyAsync(ITurnContext turn, string aadObjectId, string teamsUserId, string? tenantId, Activity message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await SendToPersonalChatAsync(aadObjectId, message, cancellationToken))
        {
            return true;
        }

        var bot = turn.Activity.Recipient;
        if (turn.Activity.ServiceUrl is null || bot?.Id is null)
        {
            return false;
        }

        var created = await connector.CreateConversationAsync(new Uri(turn.Activity.ServiceUrl), new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = bot.Id, Name = bot.Name },
            Members = [new ChannelAccount { Id = teamsUserId }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        }, cancellationToken);
        if (!created.Succeeded || created.Value?.Id is null)
        {
            LogNotDelivered(logger, created.Outcome);
            return false;
        }

        var personal = new ConversationReference(created.Value.ServiceUrl ?? turn.Activity.ServiceUrl, created.Value.Id, "personal", tenantId,
            teamsUserId, aadObjectId, null, bot.Id, bot.Name, turn.Activity.ChannelId);
        await references.SaveAsync(personal, cancellationToken);
        return await SendAsync(personal, message, cancellationToken);
    }

    private async Task<bool> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        var template = reference.CreateMessage();
        message.Type ??= ActivityTypes.Message;
        message.Conversation ??= template.Conversation;
        message.From ??= template.From;
        message.Recipient ??= template.Recipient;
        message.ServiceUrl ??= template.ServiceUrl;
        message.ChannelId ??= template.ChannelId;
        var result = await connector.SendToConversationAsync(new Uri(reference.ServiceUrl), reference.ConversationId, message, cancellationToken);
        if (!result.Succeeded)
        {
            LogNotDelivered(logger, result.Outcome);
        }

        return result.Succeeded;
    }

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "A private policy message was not delivered: {Outcome}")]
    private static partial void LogNotDelivered(ILogger logger, ConnectorOutcome outcome);
}
