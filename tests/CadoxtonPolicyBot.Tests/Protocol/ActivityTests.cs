using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Tests.Protocol;

public sealed class ActivityTests
{
    private const string TeamsInvoke = """
        { "type": "invoke", "name": "adaptiveCard/action", "channelId": "msteams", "id": "f:17b96347",
          "serviceUrl": "https://smba.trafficmanager.net/amer/56653e9d/",
          "from": { "id": "29:1uMVvhoA", "name": "Rido", "aadObjectId": "c5e99701-2a32-49c1-a660-4629ceeb8c61", "userRole": "user" },
          "recipient": { "id": "28:aabdbd62", "name": "ridobotlocal" },
          "conversation": { "id": "a:17vxw6pG", "conversationType": "personal", "tenantId": "56653e9d", "someFutureField": 7 },
          "channelData": { "tenant": { "id": "56653e9d" }, "source": { "name": "message" }, "legacy": { "replyToId": "1:12SWre" } },
          "value": { "action": { "type": "Action.Execute", "title": "Submit", "data": { "feedback": "test" } }, "trigger": "manual" },
          "replyToId": "1767765488332", "locale": "en-US", "timestamp": "2026-01-07T06:04:59.89Z",
          "localTimezone": "Europe/London", "callerId": "urn:botframework:azure", "unknownTopLevel": { "nested": [1, 2, 3] } }
        """;

    [Fact]
    public void Fields_the_bot_does_not_model_survive_a_round_trip()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, ProtocolJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!.AsObject();
        var original = JsonNode.Parse(TeamsInvoke)!.AsObject();

        // The same instant may be written with "+00:00" for "Z"; everything else comes back as it arrived.
        Assert.Equal(DateTimeOffset.Parse(original["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(written["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        original.Remove("timestamp");
        written.Remove("timestamp");
        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Fact]
    public void The_tenant_comes_from_the_conversation_or_else_from_channel_data()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, ProtocolJson.Options)!;
        Assert.Equal("56653e9d", activity.TenantId);

        activity.Conversation!.TenantId = null;
        activity.ChannelData = JsonNode.Parse("""{ "tenant": { "id": "from-channel-data" } }""")!.AsObject();
        Assert.Equal("from-channel-data", activity.TenantId);
    }

    [Fact]
    public void A_reply_is_addressed_back_from_the_bot_to_the_sender_in_the_same_conversation()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, ProtocolJson.Options)!;

        var reply = activity.CreateReply("Thanks");

        Assert.Equal("28:aabdbd62", reply.From!.Id);
        Assert.Equal("29:1uMVvhoA", reply.Recipient!.Id);
        Assert.Equal("a:17vxw6pG", reply.Conversation!.Id);
        Assert.Equal("f:17b96347", reply.ReplyToId);
        Assert.Equal("Thanks", reply.Text);
    }

    [Theory]
    [InlineData("personal", null, true)]
    [InlineData(null, false, true)]
    [InlineData("groupChat", true, false)]
    [InlineData("channel", true, false)]
    public void Only_a_one_to_one_conversation_counts_as_personal(string? type, bool? isGroup, bool personal)
    {
        var activity = new Activity { Conversation = new ConversationAccount { Id = "x", ConversationType = type, IsGroup = isGroup } };

        Assert.Equal(personal, activity.IsPersonalChat);
    }
}
