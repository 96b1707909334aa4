using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Protocol;

/// <summary>One inbound activity and the means to answer it.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Correlates the turn's log entries with what the user is told when something fails.</summary>
    string CorrelationId { get; }

    /// <summary>The answer to an invoke; written to the HTTP response by the endpoint. Null means "not handled" (501).</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends a message into this turn's conversation (as a reply to the inbound activity where Teams allows it).</summary>
    Task<ConnectorResult<ResourceResponse>> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent earlier in this conversation.</summary>
    Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>The conversation as it can be addressed later, for proactive messages.</summary>
    ConversationReference Reference { get; }
}

/// <summary>What the bot must remember to message a conversation later without being spoken to.</summary>
/// <param name="Locale">The Teams client's locale on the activity this came from ("cy-GB", "en-GB"); null when unknown.</param>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string? BotId,
    string? BotName,
    string? ChannelId,
    string? Locale = null)
{
    public static ConversationReference FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference(
            activity.ServiceUrl ?? string.Empty,
            activity.Conversation?.Id ?? string.Empty,
            activity.Conversation?.ConversationType,
            activity.TenantId,
            activity.From?.Id,
            activity.From?.AadObjectId,
            activity.From?.Name,
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            activity.ChannelId,
            WellFormedLocale(activity.Locale));
    }

    /// <summary>
    /// The locale as a language tag ("cy-GB", "en"), or null for anything else. The activity's locale is stored and
    /// read back for proactive sends, and only its shape is checked on the way in (its length): a NUL or other
    /// character PostgreSQL text cannot hold would otherwise fail every turn of the person who sent it.
    /// </summary>
    public static string? WellFormedLocale(string? locale)
    {
        if (string.IsNullOrEmpty(locale))
        {
            return null;
        }

        var parts = locale.Split('-');
        return parts[0].Length is >= 2 and <= 8 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit))
            ? locale
            : null;
    }

    /// <summary>A new outbound message to this conversation.</summary>
    public Activity CreateMessage() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = BotId is null ? null : new ChannelAccount { Id = BotId, Name = BotName },
        Recipient = UserId is null ? null : new ChannelAccount { Id = UserId, Name = UserName, AadObjectId = UserAadObjectId },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = ConversationType, TenantId = TenantId },
    };
}

internal sealed class TurnContext(Activity activity, IConnectorClient connector, string correlationId) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public string CorrelationId { get; } = correlationId;

    public InvokeResponse? InvokeResponse { get; set; }

    public ConversationReference Reference { get; } = ConversationReference.FromActivity(activity);

    public Task<ConnectorResult<ResourceResponse>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = new Uri(Reference.ServiceUrl);
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= new ConversationAccount { Id = Reference.ConversationId, TenantId = Reference.TenantId };
        activity.From ??= Activity.Recipient is null ? null : new ChannelAccount { Id = Activity.Recipient.Id, Name = Activity.Recipient.Name };
        activity.Recipient ??= Activity.From is null ? null : new ChannelAccount { Id = Activity.From.Id, Name = Activity.From.Name };
        activity.ServiceUrl ??= Reference.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;

        // Threaded replies only make sense in channels; in 1:1 and group chats a plain send reads better on a phone.
        return Activity.Conversation?.ConversationType == "channel" && Activity.Id is not null
            ? connector.ReplyToActivityAsync(serviceUrl, Reference.ConversationId, Activity.Id, activity, cancellationToken)
            : connector.SendToConversationAsync(serviceUrl, Reference.ConversationId, activity, cancellationToken);
    }

    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = activityId;
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= new ConversationAccount { Id = Reference.ConversationId, TenantId = Reference.TenantId };
        return connector.UpdateActivityAsync(new Uri(Reference.ServiceUrl), Reference.ConversationId, activityId, activity, cancellationToken);
    }
}

/// <summary>The bot: receives every authenticated activity. The protocol layer knows nothing of what it does.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Remembers conversation references for proactive messages.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The 1:1 conversation of a user, by Entra object id, if the bot has one.</summary>
    Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken);
}
