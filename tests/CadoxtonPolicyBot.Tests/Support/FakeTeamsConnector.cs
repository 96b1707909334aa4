using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Tests.Support;

/// <summary>
/// The Teams side of the Bot Connector REST API on 127.0.0.1: it accepts what the bot sends over real HTTP,
/// gives each message an id, and lets a test read the conversation back. Scripted failures (429, 403) can be queued.
/// </summary>
public sealed class FakeTeamsConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedCall> _calls = new();
    private readonly ConcurrentQueue<(int Status, string? Body, string? RetryAfter)> _scripted = new();
    private readonly ConcurrentDictionary<string, byte[]> _attachments = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Uri> _redirects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<HeldRequests> _holds = new();
    private int _nextId;

    private FakeTeamsConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyCollection<ReceivedCall> Calls => [.. _calls];

    /// <summary>Messages the bot sent (POST) or updated (PUT), in order.</summary>
    public IReadOnlyList<ReceivedCall> Messages => [.. _calls.Where(c => c.Activity is not null)];

    public static async Task<FakeTeamsConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeTeamsConnector(app);
        app.Map("/v3/{**rest}", connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return connector;
    }

    /// <summary>The members GET .../pagedmembers answers with, in one page (a team's roster).</summary>
    public IReadOnlyList<TeamsChannelAccount> Roster { get; set; } = [];

    /// <summary>
    /// Leaves every request that <paramref name="which"/> picks (method, path, body) unanswered, as a slow Teams would,
    /// until the hold is released; a held request is recorded in <see cref="Calls"/> only once it is answered.
    /// </summary>
    public HeldRequests Hold(Func<string, string, string?, bool> which)
    {
        var hold = new HeldRequests(which);
        _holds.Enqueue(hold);
        return hold;
    }

    /// <summary>The next request gets this answer instead of success.</summary>
    public void EnqueueFailure(int status, string? body = null, string? retryAfter = null) => _scripted.Enqueue((status, body, retryAfter));

    /// <summary>
    /// Serves <paramref name="bytes"/> as a pasted picture at /v3/attachments/{id}/views/original, as Teams does;
    /// returns its URL. Downloads are recorded in <see cref="Calls"/> with their Authorization header.
    /// </summary>
    public Uri AddAttachment(string id, byte[] bytes)
    {
        _attachments[id] = bytes;
        return new Uri(ServiceUrl, $"v3/attachments/{Uri.EscapeDataString(id)}/views/original");
    }

    /// <summary>
    /// Answers GET /v3/attachments/{id}/views/original with a 302 to <paramref name="target"/> (a connector, or
    /// something posing as one, sending a token-bearing request elsewhere); returns the attachment's URL.
    /// </summary>
    public Uri AddRedirectingAttachment(string id, Uri target)
    {
        _redirects[id] = target;
        return new Uri(ServiceUrl, $"v3/attachments/{Uri.EscapeDataString(id)}/views/original");
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (the bot may answer after the HTTP turn ends).</summary>
    public async Task<IReadOnlyList<ReceivedCall>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Messages.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} messages from the bot, got {Messages.Count}: " + string.Join(" | ", Messages.Select(m => m.Path + " " + (m.Activity?.Text ?? m.CardText))));
            }

            await Task.Delay(20);
        }

        return Messages;
    }

    private async Task HandleAsync(HttpContext http)
    {
        string? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(http.Request.Body);
            body = await reader.ReadToEndAsync();
        }

        var path = http.Request.Path.Value ?? string.Empty;
        var method = http.Request.Method;
        foreach (var hold in _holds.Where(h => h.Picks(method, path, body)))
        {
            await hold.WaitAsync(http.RequestAborted);
        }
        if (_scripted.TryDequeue(out var failure))
        {
            _calls.Enqueue(new ReceivedCall(method, path, http.Request.Headers.Authorization.ToString(), null, body, failure.Status));
            http.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            if (failure.Body is not null)
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(failure.Body);
            }

            return;
        }

        if (method == "GET" && path.StartsWith("/v3/attachments/", StringComparison.Ordinal))
        {
            var parts = path.Split('/');
            if (parts.Length > 3 && _redirects.TryGetValue(Uri.UnescapeDataString(parts[3]), out var target))
            {
                _calls.Enqueue(new ReceivedCall(method, path, http.Request.Headers.Authorization.ToString(), null, null, StatusCodes.Status302Found));
                http.Response.StatusCode = StatusCodes.Status302Found;
                http.Response.Headers.Location = target.ToString();
                return;
            }

            var found = parts.Length > 3 && _attachments.TryGetValue(Uri.UnescapeDataString(parts[3]), out var bytes) ? bytes : null;
            _calls.Enqueue(new ReceivedCall(method, path, http.Request.Headers.Authorization.ToString(), null, null, found is null ? 404 : 200));
            if (found is null)
            {
                http.Response.StatusCode = 404;
                return;
            }

            http.Response.ContentType = "application/octet-stream";
            http.Response.ContentLength = found.Length;
            await http.Response.Body.WriteAsync(found);
            return;
        }

        Activity? activity = null;
        if (body is not null && (path.EndsWith("/activities", StringComparison.Ordinal) || path.Contains("/activities/", StringComparison.Ordinal)) && method != "DELETE")
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }

        var id = method == "PUT" ? path[(path.LastIndexOf('/') + 1)..] : $"msg-{Interlocked.Increment(ref _nextId)}";
        _calls.Enqueue(new ReceivedCall(method, path, http.Request.Headers.Authorization.ToString(), activity, body, method == "POST" ? 201 : 200, id));

        if (method == "POST" && path is "/v3/conversations" or "/v3/conversations/")
        {
            var request = JsonNode.Parse(body ?? "{}");
            var member = request?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
            await Results.Json(new { id = $"a:personal-{member}" }, statusCode: 201).ExecuteAsync(http);
            return;
        }

        if (method == "GET" && path.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            await Results.Json(new PagedMembersResult { Members = [.. Roster] }, ProtocolJson.Options).ExecuteAsync(http);
            return;
        }

        await Results.Json(new { id }, statusCode: method == "POST" ? 201 : 200).ExecuteAsync(http);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in _holds)
        {
            hold.Release();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Requests the connector leaves unanswered until the test releases them (<see cref="FakeTeamsConnector.Hold"/>).</summary>
public sealed class HeldRequests
{
    private readonly Func<string, string, string?, bool> _which;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    internal HeldRequests(Func<string, string, string?, bool> which) => _which = which;

    /// <summary>How many requests have arrived and are being held.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Answers the held requests, and lets later ones through.</summary>
    public void Release() => _released.TrySetResult();

    internal bool Picks(string method, string path, string? body) => !_released.Task.IsCompleted && _which(method, path, body);

    internal async Task WaitAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        await _released.Task.WaitAsync(cancellationToken);
    }
}

/// <summary>One request the bot made to the connector.</summary>
public sealed record ReceivedCall(string Method, string Path, string Authorization, Activity? Activity, string? Body, int Status, string? Id = null)
{
    /// <summary>The first Adaptive Card in the message, as JSON.</summary>
    public JsonNode? Card => Activity?.Attachments?.FirstOrDefault(a => a.ContentType == AttachmentContentTypes.AdaptiveCard)?.Content;

    /// <summary>Every TextBlock's text in the card, joined, for assertions on what the user reads.</summary>
    public string CardText => Card is null ? string.Empty : string.Join("\n", TextsOf(Card));

    private static IEnumerable<string> TextsOf(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValue<string>() == "TextBlock" && obj["text"]?.GetValue<string>() is { } text)
            {
                yield return text;
            }

            foreach (var child in obj.Select(p => p.Value).Where(v => v is not null))
            {
                foreach (var t in TextsOf(child!))
                {
                    yield return t;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.Where(i => i is not null))
            {
                foreach (var t in TextsOf(item!))
                {
                    yield return t;
                }
            }
        }
    }
}
