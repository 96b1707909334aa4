using System.Net;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>With no MicrosoftAppId (local development with the Agents Playground) a loopback caller needs no token.</summary>
public sealed class AnonymousLoopbackTests : IAsyncLifetime
{
    private BotTestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await BotTestEnvironment.StartAsync(metadata => new BotAppFactory(metadata, appId: null));

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Loopback_request_without_a_token_is_accepted_when_no_app_id_is_configured()
    {
        var response = await _env.App.PostAsync(null, BotAppFactory.Activity("playground"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_env.App.Bot.Saw("playground"));
    }

    [Fact]
    public async Task Anonymous_activity_does_not_make_its_service_url_trusted()
    {
        await _env.App.PostAsync(null, BotAppFactory.Activity("playground", serviceUrl: "https://anonymous.example/"));

        var trusted = _env.App.Services.GetRequiredService<TrustedServiceUrls>();
        Assert.False(trusted.IsTrusted(new Uri("https://anonymous.example/v3/conversations")));
    }

    [Fact]
    public void Start_up_warns_that_authentication_is_off()
    {
        _env.App.StartServer();

        Assert.Contains(_env.App.Log.Lines, line => line.StartsWith("MicrosoftAppId is not configured", StringComparison.Ordinal));
    }
}
