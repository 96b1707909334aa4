using System.Globalization;
using System.Text.Json;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThreadId = "19:abc123@thread.tacv2;messageid=1700000000000";
    private const string EncodedChannelThreadId = "19%3Aabc123%40thread.tacv2%3Bmessageid%3D1700000000000";
    private readonly FixedTokenProvider _tokens = new("test-bot-token");
    private ScriptedHttpServer _connector = null!;
    private ConnectorHarness _harness = null!;

    // A serviceUrl shaped like Teams' current ones (region + tenant segment), given without its trailing slash.
    private Uri ServiceUrl => new(_connector.BaseUrl, "amer/" + ConnectorHarness.TenantId);

    public async Task InitializeAsync()
    {
        _connector = await ScriptedHttpServer.StartAsync();
        _harness = await ConnectorHarness.StartAsync(ConnectorHarness.SingleTenantSettings(ServiceUrl), _tokens);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_posts_the_activity_to_the_conversation_path_with_the_id_url_encoded_and_the_token()
    {
        _connector.Enqueue(ScriptedResponse.Json(201, """{"id":"1700000000001"}"""));

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, ChannelThreadId, new Activity { Type = "message", Text = "Hello" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal("1700000000001", result.Value!.Id);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/{ConnectorHarness.TenantId}/v3/conversations/{EncodedChannelThreadId}/activities", request.RawTarget);
        Assert.Equal("Bearer test-bot-token", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Hello", body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_service_url_with_a_trailing_slash_gives_the_same_path()
    {
        var withSlash = new Uri(ServiceUrl + "/");

        var result = await _harness.Client.SendToConversationAsync(withSlash, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal($"/amer/{ConnectorHarness.TenantId}/v3/conversations/a%3A1on1/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Reply_update_and_delete_use_their_own_verbs_and_paths()
    {
        _connector.Enqueue(
            ScriptedResponse.Json(201, """{"id":"reply-1"}"""),
            ScriptedResponse.Json(200, """{"id":"act 2"}"""),
            ScriptedResponse.Empty(200));
        var reply = new Activity { Type = "message", Text = "reply" };

        var replied = await _harness.Client.ReplyToActivityAsync(ServiceUrl, ChannelThreadId, "act 1", reply, CancellationToken.None);
        var updated = await _harness.Client.UpdateActivityAsync(ServiceUrl, ChannelThreadId, "act 2", new Activity { Type = "message", Text = "edited" }, CancellationToken.None);
        var deleted = await _harness.Client.DeleteActivityAsync(ServiceUrl, ChannelThreadId, "act 3", CancellationToken.None);

        Assert.Equal("reply-1", replied.Value!.Id);
        Assert.Equal("act 2", updated.Value!.Id);
        Assert.True(deleted.Succeeded);
        Assert.True(deleted.Value);
        var prefix = $"/amer/{ConnectorHarness.TenantId}/v3/conversations/{EncodedChannelThreadId}/activities/";
        Assert.Collection(
            _connector.Requests,
            r => Assert.Equal(("POST", prefix + "act%201"), (r.Method, r.RawTarget)),
            r => Assert.Equal(("PUT", prefix + "act%202"), (r.Method, r.RawTarget)),
            r => Assert.Equal(("DELETE", prefix + "act%203"), (r.Method, r.RawTarget)));
        using var replyBody = JsonDocument.Parse(_connector.Requests[0].Body);
        Assert.Equal("act 1", replyBody.RootElement.GetProperty("replyToId").GetString());
        Assert.All(_connector.Requests, r => Assert.Equal("Bearer test-bot-token", r.Authorization));
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_new_conversation()
    {
        _connector.Enqueue(ScriptedResponse.Json(201, """{"id":"a:1qhNLqp","activityId":"act-9"}"""));
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:" + ConnectorHarness.AppId },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = ConnectorHarness.TenantId,
        };

        var result = await _harness.Client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("a:1qhNLqp", result.Value!.Id);
        Assert.Equal("act-9", result.Value.ActivityId);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", $"/amer/{ConnectorHarness.TenantId}/v3/conversations"), (request.Method, request.RawTarget));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(ConnectorHarness.TenantId, body.RootElement.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Paged_members_follow_the_continuation_token_until_it_runs_out()
    {
        _connector.Enqueue(
            ScriptedResponse.Json(200, """{"continuationToken":"next/page+1=","members":[{"id":"29:a","name":"Ann","aadObjectId":"oid-a"}]}"""),
            ScriptedResponse.Json(200, """{"members":[{"id":"29:b","name":"Bryn","userRole":"user"}]}"""));
        var members = new List<TeamsChannelAccount>();

        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await _harness.Client.GetPagedMembersAsync(ServiceUrl, "19:team@thread.tacv2", 100, continuation, CancellationToken.None);
            Assert.True(page.Succeeded);
            members.AddRange(page.Value!.Members);
            continuation = page.Value.ContinuationToken;
            pages++;
        }
        while (continuation is not null && pages < 5);

        Assert.Equal(["29:a", "29:b"], members.Select(m => m.Id));
        Assert.Equal("oid-a", members[0].AadObjectId);
        var path = $"/amer/{ConnectorHarness.TenantId}/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers";
        Assert.Collection(
            _connector.Requests,
            r => Assert.Equal(("GET", path + "?pageSize=100"), (r.Method, r.RawTarget)),
            r => Assert.Equal(path + "?pageSize=100&continuationToken=next%2Fpage%2B1%3D", r.RawTarget));
    }

    [Fact]
    public async Task A_429_with_retry_after_seconds_is_waited_out_and_then_succeeds()
    {
        _connector.Enqueue(
            ScriptedResponse.Json(429, """{"error":{"code":"TooManyRequests"}}""", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            ScriptedResponse.Json(201, """{"id":"after-wait"}"""));

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal("after-wait", result.Value!.Id);
        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        var gap = System.Diagnostics.Stopwatch.GetElapsedTime(requests[0].ReceivedTimestamp, requests[1].ReceivedTimestamp);
        Assert.InRange(gap, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(3));
        Assert.All(requests, r => Assert.Equal("Bearer test-bot-token", r.Authorization));
    }

    [Fact]
    public async Task A_429_with_retry_after_as_an_http_date_is_waited_out_and_then_succeeds()
    {
        // An HTTP date has whole seconds: start just after a second boundary so "next second" is nearly a second away.
        var now = DateTimeOffset.UtcNow;
        if (now.Millisecond > 200)
        {
            await Task.Delay(1000 - now.Millisecond + 20);
        }

        var retryAt = DateTimeOffset.UtcNow.AddSeconds(1);
        retryAt = new DateTimeOffset(retryAt.Year, retryAt.Month, retryAt.Day, retryAt.Hour, retryAt.Minute, retryAt.Second, TimeSpan.Zero);
        var expectedWait = retryAt - DateTimeOffset.UtcNow;
        _connector.Enqueue(
            ScriptedResponse.Empty(429, new Dictionary<string, string> { ["Retry-After"] = retryAt.ToString("R", CultureInfo.InvariantCulture) }),
            ScriptedResponse.Json(201, """{"id":"after-date"}"""));

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal("after-date", result.Value!.Id);
        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        var gap = System.Diagnostics.Stopwatch.GetElapsedTime(requests[0].ReceivedTimestamp, requests[1].ReceivedTimestamp);
        // Far longer than the 20 ms backoff: the date was honoured.
        Assert.InRange(gap, expectedWait - TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(3));
        Assert.True(expectedWait > TimeSpan.FromMilliseconds(500));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task A_transient_failure_is_retried_and_then_succeeds(int status)
    {
        _connector.Enqueue(ScriptedResponse.Empty(status), ScriptedResponse.Json(201, """{"id":"second-try"}"""));

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal("second-try", result.Value!.Id);
        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        // The retry re-sends the whole activity, not an already-consumed body.
        Assert.Contains("\"type\":\"message\"", requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    [Theory]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked from message writes.\"}"}""")]
    [InlineData("""{"error":{"code":"MessageWritesBlocked","message":"Thread is blocked from message writes."}}""")]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""")]
    public async Task A_403_saying_the_user_blocked_the_bot_is_reported_after_exactly_one_request(string body)
    {
        _connector.Fallback = ScriptedResponse.Json(403, body);

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.RecipientBlockedBot, result.Outcome);
        Assert.Equal(403, result.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Inside_a_suppressed_scope_a_call_is_made_once_and_its_failure_returned_while_calls_outside_still_retry(int status)
    {
        _connector.Enqueue(ScriptedResponse.Json(status, """{"error":{"code":"Busy"}}""", new Dictionary<string, string> { ["Retry-After"] = "0" }));

        ConnectorResult<ResourceResponse> once;
        using (ConnectorRetries.Suppress())
        {
            once = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);
        }

        Assert.False(once.Succeeded);
        Assert.Equal(status, once.StatusCode);
        Assert.Single(_connector.Requests);

        _connector.Enqueue(ScriptedResponse.Empty(503), ScriptedResponse.Json(201, """{"id":"retried"}"""));
        var retried = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);
        Assert.Equal("retried", retried.Value!.Id);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task Persistent_throttling_returns_throttled_after_max_retries_plus_one_attempts()
    {
        _connector.Fallback = ScriptedResponse.Json(429, """{"error":{"code":"TooManyRequests"}}""", new Dictionary<string, string> { ["Retry-After"] = "0" });

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(TimeSpan.Zero, result.RetryAfter);
        Assert.Equal(3 + 1, _connector.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_longest_wait_returns_throttled_at_once_with_the_retry_after()
    {
        _connector.Fallback = ScriptedResponse.Empty(429, new Dictionary<string, string> { ["Retry-After"] = "120" });

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_404_is_not_found_and_not_retried()
    {
        _connector.Fallback = ScriptedResponse.Json(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""");

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:gone", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.NotFound, result.Outcome);
        Assert.Equal("ConversationNotFound", result.ErrorCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Another_failure_is_reported_with_its_status_and_error_code()
    {
        _connector.Fallback = ScriptedResponse.Json(413, """{"error":{"code":"MessageSizeTooBig","message":"Message size too big."}}""");

        var result = await _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(413, result.StatusCode);
        Assert.Equal("MessageSizeTooBig", result.ErrorCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task An_untrusted_service_url_is_never_called_and_the_token_is_never_fetched()
    {
        // Same loopback server, but a path no authenticated activity or setting ever named.
        var untrusted = new Uri(_connector.BaseUrl, "evil/");

        var sent = await _harness.Client.SendToConversationAsync(untrusted, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);
        var members = await _harness.Client.GetPagedMembersAsync(untrusted, "a:1on1", null, null, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, sent.Outcome);
        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, members.Outcome);
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, _tokens.Calls);
    }

    [Fact]
    public async Task A_service_url_seen_in_an_authenticated_activity_becomes_trusted()
    {
        var learned = new Uri(_connector.BaseUrl, "emea/");
        var before = await _harness.Client.SendToConversationAsync(learned, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        _harness.Trusted.RecordAuthenticated(learned.ToString());
        var after = await _harness.Client.SendToConversationAsync(learned, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, before.Outcome);
        Assert.True(after.Succeeded);
        Assert.Equal("Bearer test-bot-token", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task A_download_url_is_fetched_without_any_authorization_header_even_on_a_trusted_host()
    {
        _connector.Enqueue(new ScriptedResponse(200, [1, 2, 3, 4], "text/plain"));

        var result = await _harness.Client.DownloadAttachmentAsync(new Uri(ServiceUrl + "/files/report.txt?tempauth=abc"), requiresBotToken: false, maxBytes: 1024, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, result.Value!.Bytes);
        Assert.Equal("text/plain", result.Value.ContentType);
        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Equal(0, _tokens.Calls);
    }

    [Fact]
    public async Task A_connector_attachment_is_fetched_with_the_token_and_its_content_type()
    {
        _connector.Enqueue(new ScriptedResponse(200, [0x89, 0x50, 0x4E, 0x47], "image/png"));
        // Attachments live under /v3/attachments on the connector host, outside the tenant-specific serviceUrl path.
        var image = new Uri(_connector.BaseUrl, "amer/v3/attachments/0-abc/views/original");

        var result = await _harness.Client.DownloadAttachmentAsync(image, requiresBotToken: true, maxBytes: 1024, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal("image/png", result.Value!.ContentType);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("Bearer test-bot-token", request.Authorization);
        Assert.Equal("/amer/v3/attachments/0-abc/views/original", request.RawTarget);
    }

    [Fact]
    public async Task A_download_needing_the_token_from_an_untrusted_host_is_refused_without_a_request()
    {
        await using var stranger = await ScriptedHttpServer.StartAsync();

        var result = await _harness.Client.DownloadAttachmentAsync(stranger.Url("v3/attachments/x/views/original"), requiresBotToken: true, maxBytes: 1024, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, result.Outcome);
        Assert.Empty(stranger.Requests);
        Assert.Equal(0, _tokens.Calls);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_download_over_the_size_limit_is_too_large(bool declareLength)
    {
        _connector.Enqueue(new ScriptedResponse(200, new byte[100_000], "application/octet-stream", DeclareLength: declareLength));

        var result = await _harness.Client.DownloadAttachmentAsync(_connector.Url("files/big.bin"), requiresBotToken: false, maxBytes: 10_000, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.TooLarge, result.Outcome);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task A_download_of_exactly_the_size_limit_succeeds()
    {
        _connector.Enqueue(new ScriptedResponse(200, new byte[10_000], "application/octet-stream", DeclareLength: false));

        var result = await _harness.Client.DownloadAttachmentAsync(_connector.Url("files/exact.bin"), requiresBotToken: false, maxBytes: 10_000, CancellationToken.None);

        Assert.Equal(10_000, result.Value!.Bytes.Length);
    }

    [Fact]
    public async Task A_plain_http_download_url_off_loopback_is_refused()
    {
        var result = await _harness.Client.DownloadAttachmentAsync(new Uri("http://files.example.com/report.txt"), requiresBotToken: false, maxBytes: 1024, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, result.Outcome);
    }

    [Fact]
    public async Task A_cancelled_call_throws_rather_than_reporting_a_failure()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _harness.Client.SendToConversationAsync(ServiceUrl, "a:1on1", new Activity { Type = "message" }, cancelled.Token));
    }
}
