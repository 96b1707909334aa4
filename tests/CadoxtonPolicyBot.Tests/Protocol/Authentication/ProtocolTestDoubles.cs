using System.Collections.Concurrent;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>Records every activity that got past authentication; handles no invoke, so invokes answer 501.</summary>
public sealed class RecordingBot : IBot
{
    private readonly ConcurrentQueue<Activity> _received = new();

    public IEnumerable<Activity> Received => _received;

    public bool Saw(string activityId) => _received.Any(a => a.Id == activityId);

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        _received.Enqueue(turn.Activity);
        return Task.CompletedTask;
    }
}

public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> _byConversation = new(StringComparer.Ordinal);

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        _byConversation[reference.ConversationId] = reference;
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(_byConversation.Values.FirstOrDefault(r => r.ConversationType == "personal" && r.UserAadObjectId == aadObjectId));
}

/// <summary>Records outbound calls instead of making them; the tests here only check that none were made.</summary>
public sealed class RecordingConnectorClient : IConnectorClient
{
    private readonly ConcurrentQueue<string> _calls = new();
    private int _nextId;

    public IEnumerable<string> Calls => _calls;

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Sent($"send {conversationId}");

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Sent($"reply {conversationId} {replyToId}");

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Sent($"update {conversationId} {activityId}");

    public Task<ConnectorResult<bool>> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"delete {conversationId} {activityId}");
        return Task.FromResult(ConnectorResult.Success(true, 200));
    }

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var id = $"a:{Interlocked.Increment(ref _nextId)}";
        _calls.Enqueue($"create {id}");
        return Task.FromResult(ConnectorResult.Success(new ConversationResourceResponse { Id = id, ServiceUrl = serviceUrl.ToString() }, 201));
    }

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"members {conversationId}");
        return Task.FromResult(ConnectorResult.Success(new PagedMembersResult(), 200));
    }

    public Task<ConnectorResult<DownloadedContent>> DownloadAttachmentAsync(Uri url, bool requiresBotToken, long maxBytes, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"download {url}");
        return Task.FromResult(ConnectorResult.Failure<DownloadedContent>(ConnectorOutcome.NotFound, 404));
    }

    private Task<ConnectorResult<ResourceResponse>> Sent(string call)
    {
        _calls.Enqueue(call);
        return Task.FromResult(ConnectorResult.Success(new ResourceResponse($"sent-{Interlocked.Increment(ref _nextId)}"), 201));
    }
}
