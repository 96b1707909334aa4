using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>Issue 12.9: a head teacher's progress card pressed in a channel or group chat is answered privately.</summary>
public sealed class ProgressPrivacyTests
{
    [Theory]
    [InlineData("channel", "19:staffroom@thread.tacv2;messageid=1")]
    [InlineData("groupChat", "19:groupchat-1@thread.v2")]
    public async Task Progress_pressed_outside_a_1to1_chat_goes_to_the_head_teacher_privately_and_leaves_one_line(string type, string conversationId)
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex, Bea]);
        var press = Activities.Execute(Head, AcknowledgementCards.ProgressVerb, AcknowledgementCards.RoundData(roundId));
        press.Conversation = new ConversationAccount { Id = conversationId, ConversationType = type, IsGroup = true, TenantId = "tenant-1" };

        var pressed = await app.TurnAsync(press);

        var shown = pressed.CardFromInvoke().AllText();
        Assert.Equal(AcknowledgementCards.SentPrivatelyMessage, shown);
        Assert.DoesNotContain("Alex Teacher", pressed.InvokeBody!.ToJsonString(), StringComparison.Ordinal);
        var privately = Assert.Single(app.Connector.Sends);
        Assert.NotEqual(conversationId, privately.ConversationId);
        // The head teacher launched the round from their 1:1 chat, which the bot remembers.
        Assert.Equal("a:" + Head.TeamsId, privately.ConversationId);
        var card = privately.Activity.Attachments![0].Content.AllText();
        Assert.Contains("Alex Teacher", card, StringComparison.Ordinal);
        Assert.Contains("0 of 2 acknowledged", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_pressed_in_a_channel_answers_privately_too()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await app.LaunchAsync([Alex]);
        await app.DeliverAsync();
        var before = app.Connector.Sends.Count;
        var press = Activities.Execute(Head, AcknowledgementCards.RemindVerb, AcknowledgementCards.RoundData(roundId));
        press.Conversation = new ConversationAccount { Id = "19:staffroom@thread.tacv2;messageid=1", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };

        var pressed = await app.TurnAsync(press);

        Assert.Equal(AcknowledgementCards.SentPrivatelyMessage, pressed.CardFromInvoke().AllText());
        Assert.Contains("Reminders sent to 1 person at 10:00.", app.Connector.Sends.Skip(before).Single().Activity.Attachments![0].Content.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledgement_progress_typed_in_a_channel_is_answered_in_the_head_teachers_own_chat()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.LaunchAsync([Alex, Bea]);
        var typed = Activities.Message(Head, "acknowledgement progress");
        typed.Conversation = new ConversationAccount { Id = "19:staffroom@thread.tacv2;messageid=1", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };

        var turn = await app.TurnAsync(typed);

        var line = Assert.Single(turn.Sent);
        Assert.Equal(AcknowledgementCards.SentPrivatelyMessage, line.Text);
        Assert.Null(line.Attachments);
        Assert.Contains("Bea Assistant", Assert.Single(app.Connector.Sends).Activity.Attachments![0].Content.AllText(), StringComparison.Ordinal);
    }
}
