using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>An IConnectorClient that records what the bot sends (and any download asked of it: in local mode, none should be).</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    private int _ids;

    public ConcurrentQueue<(Uri ServiceUrl, string ConversationId, Activity Activity)> Sent { get; } = new();

    public ConcurrentQueue<(string ConversationId, string ActivityId, Activity Activity)> Updated { get; } = new();

    public ConcurrentQueue<ConversationParameters> CreatedConversations { get; } = new();

    public ConcurrentQueue<(Uri Url, bool WithBotToken)> Downloads { get; } = new();


    public IEnumerable<Activity> SentTo(string conversationId) => Sent.Where(s => s.ConversationId == conversationId).Select(s => s.Activity);

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue((serviceUrl, conversationId, activity));
        return Task.FromResult(ConnectorResult.Success(new ResourceResponse($"sent-{Interlocked.Increment(ref _ids)}"), 201));
    }

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Enqueue((conversationId, activityId, activity));
        return Task.FromResult(ConnectorResult.Success(new ResourceResponse(activityId), 200));
    }

    public Task<ConnectorResult<bool>> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectorResult.Success(true, 200));

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        CreatedConversations.Enqueue(parameters);
        var member = parameters.Members.Single().Id;
        return Task.FromResult(ConnectorResult.Success(new ConversationResourceResponse { Id = $"a:created-{member}" }, 201));
    }

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectorResult.Success(new PagedMembersResult(), 200));

    public Task<ConnectorResult<DownloadedContent>> DownloadAttachmentAsync(Uri url, bool requiresBotToken, long maxBytes, CancellationToken cancellationToken)
    {
        Downloads.Enqueue((url, requiresBotToken));
        return Task.FromResult(ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.NotFound, 404));
    }
}

/// <summary>An ITurnContext that records what the feature sends and updates in the turn's own conversation.</summary>
internal sealed class TestTurn(Activity activity, RecordingConnector connector) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public string CorrelationId { get; } = Guid.NewGuid().ToString("N");

    public InvokeResponse? InvokeResponse { get; set; }

    public ConversationReference Reference { get; } = ConversationReference.FromActivity(activity);

    public List<Activity> Sent { get; } = [];

    public List<(string ActivityId, Activity Activity)> Updated { get; } = [];

    /// <summary>Everything said in this turn, as text: sent messages, card texts, and the invoke answer.</summary>
    public string Transcript =>
        string.Join("\n", Sent.Select(Describe)) + "\n" + (InvokeResponse?.Body is null ? string.Empty : System.Text.Json.JsonSerializer.Serialize(InvokeResponse.Body));

    public Task<ConnectorResult<ResourceResponse>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Sent.Add(activity);
        return connector.SendToConversationAsync(new Uri(Reference.ServiceUrl), Reference.ConversationId, activity, cancellationToken);
    }

    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Add((activityId, activity));
        return connector.UpdateActivityAsync(new Uri(Reference.ServiceUrl), Reference.ConversationId, activityId, activity, cancellationToken);
    }

    public static string Describe(Activity activity) =>
        (activity.Text ?? string.Empty) + string.Concat((activity.Attachments ?? []).Select(a => a.Content?.ToJsonString() ?? string.Empty));

    /// <summary>The card the invoke answered with (Action.Execute replaces the pressed card with it).</summary>
    public JsonObject? InvokeCard()
    {
        var body = InvokeResponse?.Body is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(InvokeResponse.Body);
        return body?["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" ? body["value"] as JsonObject : null;
    }

    public string? InvokeMessage()
    {
        var body = InvokeResponse?.Body is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(InvokeResponse.Body);
        return body?["type"]?.GetValue<string>() switch
        {
            "application/vnd.microsoft.activity.message" => body["value"]?.GetValue<string>(),
            "application/vnd.microsoft.error" => body["value"]?["message"]?.GetValue<string>(),
            _ => null,
        };
    }
}

/// <summary>Inbound activities as Teams sends them, for the concerns tests.</summary>
internal static class Inbound
{
    public static string PersonalConversation(string aadObjectId) => $"a:personal-{aadObjectId}";

    public static Activity Message(string aadObjectId, string text, string? conversationType = "personal", List<Attachment>? attachments = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ServiceUrl = ConcernsHarness.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = $"29:{aadObjectId}", Name = NameOf(aadObjectId), AadObjectId = aadObjectId },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Policy Bot" },
        Conversation = conversationType == "personal"
            ? new ConversationAccount { Id = PersonalConversation(aadObjectId), ConversationType = "personal", TenantId = "tenant-1" }
            : new ConversationAccount { Id = "19:staffroom@thread.tacv2", ConversationType = conversationType, IsGroup = true, TenantId = "tenant-1" },
        Text = text,
        Attachments = attachments,
    };

    public static Activity Execute(string aadObjectId, string verb, JsonObject data, string? conversationType = "personal")
    {
        var activity = Message(aadObjectId, string.Empty, conversationType);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Text = null;
        activity.ReplyToId = "card-1";
        activity.Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return activity;
    }

    public static Activity Invoke(string aadObjectId, string name, JsonObject value)
    {
        var activity = Message(aadObjectId, string.Empty);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = name;
        activity.Text = null;
        activity.ReplyToId = "consent-card-1";
        activity.Value = value;
        return activity;
    }

    public static string NameOf(string aadObjectId) => aadObjectId switch
    {
        ConcernsHarness.HeadTeacher => "Helen Head",
        ConcernsHarness.Deputy => "Dan Deputy",
        ConcernsHarness.ChairOfGovernors => "Gwen Governor",
        ConcernsHarness.Reporter => "Rhian Reporter",
        _ => "Someone Else",
    };
}
