using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

/// <summary>Local development without an app id, and failures that happen before or instead of an HTTP answer.</summary>
public sealed class ConnectorIdentityModesTests : IAsyncLifetime
{
    private ScriptedHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ScriptedHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Without_an_app_id_a_loopback_service_url_is_called_without_a_token()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>());

        var result = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:playground", new Activity { Type = "message" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task Without_an_app_id_a_service_url_off_this_machine_is_refused()
    {
        // Even when configured as allowed: with no app id nothing is signed, so nothing may leave the machine.
        var teams = new Uri("https://smba.trafficmanager.net/amer/");
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["BotProtocol:AllowedServiceUrls:0"] = teams.ToString() });

        var result = await harness.Client.SendToConversationAsync(teams, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, result.Outcome);
    }

    [Fact]
    public async Task When_the_token_cannot_be_obtained_nothing_is_sent_and_the_call_fails()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.SingleTenantSettings(_connector.BaseUrl), new FailingTokenProvider());

        var result = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("TokenUnavailable", result.ErrorCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task A_connector_that_refuses_connections_is_retried_and_then_reported_as_a_send_with_no_answer()
    {
        var closed = await ScriptedHttpServer.StartAsync();
        var url = closed.BaseUrl;
        await closed.DisposeAsync();
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.SingleTenantSettings(url), new FixedTokenProvider("t"));

        var result = await harness.Client.SendToConversationAsync(url, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.NoAnswer, result.Outcome);
        Assert.Equal("NetworkError", result.ErrorCode);
        Assert.Equal(0, result.StatusCode);
    }

    [Fact]
    public async Task With_retries_turned_off_a_503_is_reported_after_one_request()
    {
        var settings = ConnectorHarness.SingleTenantSettings(_connector.BaseUrl);
        settings["BotConnector:MaxRetries"] = "0";
        _connector.Fallback = ScriptedResponse.Empty(503);
        await using var harness = await ConnectorHarness.StartAsync(settings, new FixedTokenProvider("t"));

        var result = await harness.Client.SendToConversationAsync(_connector.BaseUrl, "a:1on1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Failed, 503), (result.Outcome, result.StatusCode));
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_download_whose_body_stalls_is_abandoned_after_the_total_timeout()
    {
        var settings = ConnectorHarness.SingleTenantSettings(_connector.BaseUrl);
        settings["BotConnector:AttemptTimeout"] = "00:00:01";
        settings["BotConnector:TotalTimeout"] = "00:00:01";
        _connector.Enqueue(new ScriptedResponse(200, new byte[3 * 4096], "application/octet-stream", DeclareLength: false, PauseBetweenChunks: TimeSpan.FromSeconds(5)));
        await using var harness = await ConnectorHarness.StartAsync(settings, new FixedTokenProvider("t"));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await harness.Client.DownloadAttachmentAsync(_connector.Url("files/slow.bin"), requiresBotToken: false, maxBytes: 1_000_000, CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Failed, "Timeout"), (result.Outcome, result.ErrorCode));
        Assert.InRange(System.Diagnostics.Stopwatch.GetElapsedTime(started), TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
    }
}
