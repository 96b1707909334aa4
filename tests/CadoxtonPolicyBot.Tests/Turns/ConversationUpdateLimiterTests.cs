using System.Net;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Protocol.Authentication;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Tests.Turns;

/// <summary>A flood of conversationUpdates for one conversation is handled up to a limit per minute (issue 12.9).</summary>
public sealed class ConversationUpdateLimiterTests : IAsyncLifetime
{
    private BotTestEnvironment _env = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _env = await BotTestEnvironment.StartAsync();
        _key = _env.NewKey("teams-key", "msteams");
        _env.Metadata.Publish("botframework", _key);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Only_the_first_updates_of_a_minute_for_one_conversation_reach_the_bot_and_the_next_minute_starts_afresh()
    {
        for (var i = 0; i < ConversationUpdateLimiter.Limit + 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync($"flood-{i}", "19:team-general@thread.tacv2"));
        }

        Assert.Equal(HttpStatusCode.OK, await PostAsync("other-conversation", "19:another-team@thread.tacv2"));
        _env.App.Time.Advance(ConversationUpdateLimiter.Window);
        Assert.Equal(HttpStatusCode.OK, await PostAsync("next-minute", "19:team-general@thread.tacv2"));

        var seen = _env.App.Bot.Received.Select(a => a.Id).ToHashSet();
        Assert.Equal(ConversationUpdateLimiter.Limit, seen.Count(id => id!.StartsWith("flood-", StringComparison.Ordinal)));
        Assert.Contains("other-conversation", seen);
        Assert.Contains("next-minute", seen);
    }

    [Fact]
    public async Task Messages_are_not_counted_against_the_limit()
    {
        for (var i = 0; i < ConversationUpdateLimiter.Limit + 5; i++)
        {
            await _env.App.PostAsync(_key.CreateToken(_env.Now), BotAppFactory.Activity($"message-{i}"));
        }

        Assert.Equal(ConversationUpdateLimiter.Limit + 5, _env.App.Bot.Received.Count(a => a.Id!.StartsWith("message-", StringComparison.Ordinal)));
    }

    private async Task<HttpStatusCode> PostAsync(string id, string conversationId)
    {
        var update = JsonNode.Parse(BotAppFactory.Activity(id, type: ActivityTypes.ConversationUpdate))!.AsObject();
        update["conversation"]!["id"] = conversationId;
        update["conversation"]!["conversationType"] = "channel";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-member", ["aadObjectId"] = "3c4d5e6f-0000-4000-8000-000000000099" });
        using var response = await _env.App.PostAsync(_key.CreateToken(_env.Now), update.ToJsonString());
        return response.StatusCode;
    }
}
