using System.Net;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>What /api/messages answers to authenticated requests whose body is odd.</summary>
public sealed class MessagesEndpointTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private string Token => fixture.TeamsKey.CreateToken(fixture.Now);

    [Fact]
    public async Task Malformed_json_with_a_valid_token_is_rejected_with_400()
    {
        var response = await fixture.App.PostAsync(Token, "{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_the_configured_limit_is_rejected_with_413()
    {
        var body = BotAppFactory.Activity("too-big").Replace("hello", new string('x', BotAppFactory.MaxRequestBodyBytes), StringComparison.Ordinal);

        var response = await fixture.App.PostAsync(Token, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(fixture.App.Bot.Saw("too-big"));
    }

    [Fact]
    public async Task Unknown_activity_type_is_acknowledged_with_200()
    {
        var response = await fixture.App.PostAsync(Token, BotAppFactory.Activity("new-type", type: "somethingTeamsInventedLater"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(fixture.App.Bot.Saw("new-type"));
    }

    [Fact]
    public async Task Invoke_the_bot_does_not_handle_is_answered_with_501()
    {
        var response = await fixture.App.PostAsync(Token, BotAppFactory.Activity("invoke", type: "invoke", name: "composeExtension/query"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Authenticated_activity_remembers_its_conversation_and_trusts_its_service_url()
    {
        var response = await fixture.App.PostAsync(Token, BotAppFactory.Activity("remember"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = await fixture.App.References.FindPersonalAsync("6f1d7c1e-0000-4000-8000-000000000001", CancellationToken.None);
        Assert.Equal(TestSigningKey.ServiceUrl, reference?.ServiceUrl);
        var trusted = fixture.App.Services.GetRequiredService<TrustedServiceUrls>();
        Assert.True(trusted.IsTrusted(new Uri(TestSigningKey.ServiceUrl + "v3/conversations")));
    }
}
