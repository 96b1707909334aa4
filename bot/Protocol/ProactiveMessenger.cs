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

        var personal = new ConversationReference(created.Value.ServiceUrl ?? via.ServiceUrl, created.Value.Id, "personal", via.TenantId,
            person.Id, person.AadObjectId, person.Name, via.BotId, via.BotName, via.ChannelId);
        if (remember)
        {
            await references.SaveAsync(personal, cancellationToken);
        }

        return personal;
    }
}
