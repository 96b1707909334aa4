using System.Net;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Protocol;

/// <summary>
/// A remembered 1:1 chat whose Teams service no longer answers (Teams moves service URLs between regions) is opened
/// again through the current turn's service and remembered anew (issue 12.10), by the protocol layer, for every feature.
/// Two loopback Teams connectors: the one the chat was remembered on, then stopped, and the one the turn comes from.
/// </summary>
public sealed class StaleConversationTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_concern_started_in_a_channel_reaches_the_reporter_when_their_remembered_chat_is_on_a_dead_service()
    {
        await using (var oldRegion = await FakeTeamsConnector.StartAsync())
        {
            var hello = _bot.Message("help", Staff.Alex);
            hello.ServiceUrl = oldRegion.ServiceUrl.ToString();
            using var response = await _bot.PostAsync(hello);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await oldRegion.WaitForMessagesAsync(1);
        }

        // The old region is gone: its port refuses connections.
        var post = _bot.ChannelMention("report a concern", Staff.Alex);
        using (var asked = await _bot.PostAsync(post))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var sent = await _bot.Connector.WaitForMessagesAsync(2);
        Assert.Equal("I've messaged you privately.", Assert.Single(sent, m => m.Path.EndsWith($"/activities/{post.Id}", StringComparison.Ordinal)).Activity!.Text);
        var consent = Assert.Single(sent, m => Uri.UnescapeDataString(m.Path) == $"/v3/conversations/a:personal-{Staff.Alex}/activities");
        Assert.Contains("a concern is not anonymous", consent.CardText, StringComparison.Ordinal);
        var created = Assert.Single(_bot.Connector.Calls, c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations");
        var request = JsonNode.Parse(created.Body!)!;
        Assert.Equal(Staff.Alex, request["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(BotTestHost.TenantId, request["tenantId"]!.GetValue<string>());
        Assert.Equal(_bot.Connector.ServiceUrl.ToString(), (await RememberedChatAsync(Staff.Alex))!.ServiceUrl);
    }

    [Fact]
    public async Task A_remembered_chat_answering_404_conversation_not_found_is_opened_again_and_the_message_delivered()
    {
        using (var hello = await _bot.PostAsync(_bot.Message("help", Staff.Alex)))
        {
            Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        }

        await _bot.Connector.WaitForMessagesAsync(1);
        _bot.Connector.EnqueueFailure(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""");

        var post = _bot.ChannelMention("report a concern", Staff.Alex);
        using (var asked = await _bot.PostAsync(post))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var sent = await _bot.Connector.WaitForMessagesAsync(3);
        Assert.Equal("I've messaged you privately.", sent[^1].Activity!.Text);
        Assert.Contains("a concern is not anonymous", sent[^2].CardText, StringComparison.Ordinal);
        Assert.Single(_bot.Connector.Calls, c => c.Status == 404);
        Assert.Single(_bot.Connector.Calls, c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations");
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_not_pestered_with_a_new_chat()
    {
        using (var hello = await _bot.PostAsync(_bot.Message("help", Staff.Alex)))
        {
            Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        }

        await _bot.Connector.WaitForMessagesAsync(1);
        _bot.Connector.EnqueueFailure(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""");

        using (var asked = await _bot.PostAsync(_bot.ChannelMention("report a concern", Staff.Alex)))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        await _bot.Connector.WaitForMessagesAsync(2);
        Assert.DoesNotContain(_bot.Connector.Calls, c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations");
    }

    private async Task<ConversationReference?> RememberedChatAsync(string aadObjectId)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindPersonalAsync(aadObjectId, CancellationToken.None);
    }
}
