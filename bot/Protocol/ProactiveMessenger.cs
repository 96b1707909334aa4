using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// Messages the bot starts itself: into a conversation it remembered, or into a 1:1 chat it opens with someone.
/// Features say what to send and to whom; the addressing is done here.
/// </summary>
public sealed class ProactiveMessenger(IConnectorClient connector, IConversationReferenceStore references)
{
    /// <summary>Sends into a stored conversation, addressed as the bot.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(message);
        var template = reference.CreateMessage();
        message.Type ??= ActivityTypes.Message;
        message.Conversation ??= template.Conversation;
        message.From ??= template.From;
        message.Recipient ??= template.Recipient;
        message.ServiceUrl ??= template.ServiceUrl;
        message.ChannelId ??= template.ChannelId;
        return connector.SendToConversationAsync(new Uri(reference.ServiceUrl), reference.ConversationId, message, cancellationToken);
    }

    /// <summary>
    /// The person's 1:1 chat with the bot: the stored one, or one opened now through this turn's Teams service, tenant
    /// and bot (Teams returns the existing chat if there is one) and remembered. Null when Teams would not open it.
    /// </summary>
    public async Task<ConversationReference?> OpenPersonalAsync(ITurnContext turn, ChannelAccount person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(person);
        if (person.AadObjectId is { } aadObjectId && await references.FindPersonalAsync(aadObjectId, cancellationToken) is { } stored)
        {
            return stored;
        }

        var bot = turn.Activity.Recipient;
        var tenantId = turn.Activity.TenantId;
        if (turn.Activity.ServiceUrl is not { } serviceUrl || bot?.Id is null || person.Id is null)
        {
            return null;
        }

        var created = await connector.CreateConversationAsync(new Uri(serviceUrl), new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = bot.Id, Name = bot.Name },
            Members = [new ChannelAccount { Id = person.Id }],
            TenantId = tenantId,
            // Teams reads the tenant from channelData; the top-level field is what newer services read.
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        }, cancellationToken);
        if (!created.Succeeded || created.Value?.Id is null)
        {
            return null;
        }

        var personal = new ConversationReference(created.Value.ServiceUrl ?? serviceUrl, created.Value.Id, "personal", tenantId,
            person.Id, person.AadObjectId, person.Name, bot.Id, bot.Name, turn.Activity.ChannelId);
        await references.SaveAsync(personal, cancellationToken);
        return personal;
    }
}
