using System.Net;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Protocol;

/// <summary>The bot's token goes only where an authenticated activity told it Teams is.</summary>
public sealed class ServiceUrlTrustTests
{
    [Fact]
    public async Task The_bot_never_sends_its_token_to_a_service_url_it_did_not_see_authenticated()
    {
        await using var bot = await BotTestHost.StartAsync();
        await using var stranger = await FakeTeamsConnector.StartAsync();
        var connector = bot.Services.GetRequiredService<IConnectorClient>();
        var message = new Activity { Type = ActivityTypes.Message, Text = "hello" };

        var before = await connector.SendToConversationAsync(bot.Connector.ServiceUrl, "a:personal-x", message, CancellationToken.None);
        using var turn = await bot.PostAsync(bot.Message("help"));
        var after = await connector.SendToConversationAsync(bot.Connector.ServiceUrl, "a:personal-x", message, CancellationToken.None);
        var elsewhere = await connector.SendToConversationAsync(stranger.ServiceUrl, "a:personal-x", message, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, before.Outcome);
        Assert.Equal(ConnectorOutcome.Succeeded, after.Outcome);
        Assert.Equal(ConnectorOutcome.UntrustedServiceUrl, elsewhere.Outcome);
        Assert.Empty(stranger.Calls);
        Assert.All(bot.Connector.Calls, call => Assert.Equal($"Bearer {BotTestHost.BotToken}", call.Authorization));
    }
}
