using System.Net;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Protocol.Authentication;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Protocol;

/// <summary>
/// Activities that are malformed get 400 and change nothing; well-formed ones a feature cannot use get the apology.
/// Each was found by a probe that got a 500 (issue 12.9) or showed an unbounded input.
/// </summary>
public sealed class ActivityShapeTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_numeric_tenant_id_in_channel_data_is_refused_with_400_instead_of_a_500()
    {
        var message = _host.Message("help");
        message.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = 6_123_456 } };
        message.Conversation!.TenantId = null;

        using var response = await _host.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task A_service_url_of_slash_v3_signed_into_the_token_is_refused_with_400_instead_of_a_500()
    {
        // On Linux "/v3" parses as an absolute file: URI; the bot used to trust it and fail calling it.
        var message = _host.Message("help");
        message.ServiceUrl = "/v3";

        using var response = await _host.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task A_conversation_id_longer_than_512_characters_is_refused_with_400_and_not_stored()
    {
        var tooLong = "a:" + new string('x', ActivityShape.MaxConversationIdLength - 1);

        using var response = await _host.PostAsync(_host.Message("help", conversationId: tooLong));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Connector.Calls);
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Assert.False(await db.ConversationReferences.AnyAsync(r => r.ConversationId == tooLong));
    }

    [Fact]
    public async Task A_conversation_id_of_exactly_512_characters_is_served()
    {
        var longest = "a:" + new string('x', ActivityShape.MaxConversationIdLength - 2);

        using var response = await _host.PostAsync(_host.Message("help", conversationId: longest));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.Connector.WaitForMessagesAsync(1);
    }

    [Fact]
    public async Task A_button_whose_verb_is_a_number_is_well_formed_but_unusable_so_it_gets_the_apology_not_a_500()
    {
        var press = _host.Execute("placeholder");
        press.Value!["action"]!["verb"] = 42;

        var answer = await _host.InvokeAsync(press);

        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]?.GetValue<string>());
        Assert.StartsWith("Sorry, something went wrong on my side", answer["value"]?.GetValue<string>(), StringComparison.Ordinal);
    }
}

/// <summary>conversationUpdate floods: the members of one activity the bot reads are capped.</summary>
public sealed class ConversationUpdateMembersTests : IAsyncLifetime
{
    private BotTestEnvironment _env = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _env = await BotTestEnvironment.StartAsync(metadata => new BotAppFactory(metadata, extraSettings: new Dictionary<string, string?>
        {
            ["BotProtocol:MaxRequestBodyBytes"] = (256 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        _key = _env.NewKey("teams-key", "msteams");
        _env.Metadata.Publish("botframework", _key);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task A_conversation_update_listing_thousands_of_members_reaches_the_bot_with_the_first_hundred()
    {
        var update = JsonNode.Parse(BotAppFactory.Activity("flood", type: ActivityTypes.ConversationUpdate))!.AsObject();
        update["membersAdded"] = new JsonArray([.. Enumerable.Range(0, 2_000).Select(i => (JsonNode)new JsonObject { ["id"] = $"29:member-{i}" })]);

        using var response = await _env.App.PostAsync(_key.CreateToken(_env.Now), update.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = Assert.Single(_env.App.Bot.Received, a => a.Id == "flood");
        Assert.Equal(ActivityShape.MaxMembersPerUpdate, seen.MembersAdded!.Count);
        Assert.Equal("29:member-0", seen.MembersAdded[0].Id);
    }
}
