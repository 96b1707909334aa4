using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>Issue 13.2: staff asking in their own words how to confirm the policy get their own card back.</summary>
public sealed class FindMyCardTests
{
    [Theory]
    [InlineData("How do I sign the policy?")]
    [InlineData("how do i acknowledge it")]
    [InlineData("Where do I sign?")]
    [InlineData("where's my policy card")]
    [InlineData("I can't find the card to confirm the policy")]
    [InlineData("the policy card")]
    [InlineData("How do I confirm I've read the policy?")]
    [InlineData("sut ydw i'n cadarnhau'r polisi")]
    [InlineData("llofnodi")]
    [InlineData("Ble mae fy ngherdyn polisi?")]
    public void Questions_about_confirming_or_finding_the_card_are_recognised(string text) =>
        Assert.True(CardRequest.Matches(CadoxtonPolicyBot.Turns.MessageText.Normalise(text)));

    [Theory]
    [InlineData("Can I share a photo of the school fair on Facebook?")]
    [InlineData("Can I sign a petition about the school on Facebook?")]
    [InlineData("Can I acknowledge a parent's comment on the school page?")]
    [InlineData("Can I confirm on WhatsApp that a pupil is ill?")]
    [InlineData("Can I post a birthday card picture?")]
    [InlineData("what does the policy say about personal devices")]
    public void Questions_about_posting_are_left_to_the_answers(string text) =>
        Assert.False(CardRequest.Matches(CadoxtonPolicyBot.Turns.MessageText.Normalise(text)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_member_of_staff_asking_how_to_sign_gets_their_own_card_and_after_confirming_is_told_when(string provider)
    {
        await using var app = await CreateAsync(provider);
        var roundId = await app.LaunchAsync([Alex, Bea]);

        var asked = await app.SayAsync(Alex, "How do I sign the policy?");

        var card = asked.SentCard();
        Assert.Contains("Please read the staff social media policy and confirm", card.AllText(), StringComparison.Ordinal);
        Assert.Contains(AcknowledgementCards.ReadVerb, card.Verbs());
        Assert.Equal(roundId.ToString("D"), card!["refresh"]!["action"]!["data"]!["round"]!.GetValue<string>());

        // Once the text has been opened, the card that comes back is the one with the confirm button.
        await app.PressAsync(Alex, AcknowledgementCards.ReadVerb, AcknowledgementCards.RoundData(roundId));
        var again = await app.SayAsync(Alex, "where's my policy card");
        Assert.Contains(AcknowledgementCards.ConfirmVerb, again.SentCard().Verbs());

        app.Time.Advance(TimeSpan.FromMinutes(3));
        await app.PressAsync(Alex, AcknowledgementCards.ConfirmVerb, AcknowledgementCards.RoundData(roundId));
        var done = await app.SayAsync(Alex, "sut ydw i'n cadarnhau'r polisi");

        // 7 September 2026 09:03 UTC is 10:03 in Cadoxton (BST). Asked in Welsh, the answer and the card are in Welsh.
        var reply = Assert.Single(done.Sent);
        Assert.Equal("Rydych chi eisoes wedi cadarnhau'r polisi, ar ddydd Llun 7 Medi 2026 am 10:03. Does dim byd arall i'w wneud.", reply.Text);
        Assert.Contains("Fe wnaethoch chi gadarnhau eich bod wedi darllen a deall y polisi", done.SentCard().AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AcknowledgementCards.ConfirmVerb, done.SentCard().Verbs());
        Assert.Equal(1, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync()));
    }

    [Fact]
    public async Task Help_lists_the_policy_card_only_while_a_round_is_open_for_that_person()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var before = await app.SayAsync(Alex, "help");
        var roundId = await app.LaunchAsync([Alex]);

        var alexHelp = await app.SayAsync(Alex, "help");
        var beaHelp = await app.SayAsync(Bea, "help");
        var pressed = await app.PressAsync(Alex, AcknowledgementCards.MyCardVerb);

        Assert.DoesNotContain("Confirm the social media policy", before.SentCard().AllText(), StringComparison.Ordinal);
        Assert.Contains("Confirm the social media policy", alexHelp.SentCard().AllText(), StringComparison.Ordinal);
        Assert.Contains("by Thursday 1 October 2026 (2026/27)", alexHelp.SentCard().AllText(), StringComparison.Ordinal);
        Assert.Contains(AcknowledgementCards.MyCardVerb, alexHelp.SentCard().Verbs());
        Assert.DoesNotContain("Confirm the social media policy", beaHelp.SentCard().AllText(), StringComparison.Ordinal);
        Assert.Contains(AcknowledgementCards.ReadVerb, pressed.CardFromInvoke().Verbs());

        await app.PressAsync(Head, AcknowledgementCards.CloseVerb, AcknowledgementCards.ConfirmedData(roundId));
        var afterClose = await app.SayAsync(Alex, "help");
        Assert.DoesNotContain("Confirm the social media policy", afterClose.SentCard().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_typed_in_a_channel_never_shows_a_persons_own_acknowledgement_to_everyone_there()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.LaunchAsync([Alex]);
        var channel = Activities.Message(Alex, "help");
        channel.Conversation = new ConversationAccount { Id = "19:staffroom@thread.tacv2;messageid=2", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };

        var help = await app.TurnAsync(channel);

        var text = help.SentCard().AllText();
        Assert.Contains("help", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Confirm the social media policy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026/27", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_with_no_round_open_asking_how_to_sign_is_not_given_a_card()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.LaunchAsync([Alex]);

        var asked = await app.SayAsync(Bea, "How do I sign the policy?");

        // This harness has no answer engine: the question reaches the "didn't catch that" card, not a policy card.
        Assert.DoesNotContain(AcknowledgementCards.ReadVerb, asked.SentCard().Verbs());
        Assert.Contains("Sorry, I didn't catch that.", asked.SentCard().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_in_a_channel_the_card_goes_to_the_persons_own_chat_and_the_channel_gets_one_line()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await app.LaunchAsync([Alex]);
        var channel = Activities.Message(Alex, "how do I acknowledge the policy");
        channel.Conversation = new ConversationAccount { Id = "19:staffroom@thread.tacv2;messageid=1", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };

        var asked = await app.TurnAsync(channel);

        var line = Assert.Single(asked.Sent);
        Assert.Equal("I've sent your policy card to your 1:1 chat with me.", line.Text);
        Assert.Null(line.Attachments);
        var privately = Assert.Single(app.Connector.Sends);
        Assert.NotEqual(channel.Conversation.Id, privately.ConversationId);
        Assert.Contains("Please read the staff social media policy", privately.Activity.Attachments![0].Content.AllText(), StringComparison.Ordinal);
    }
}
