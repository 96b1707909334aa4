using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Tests.Support;

namespace CadoxtonPolicyBot.Tests.Features.PolicyAnswers;

/// <summary>
/// Through /api/messages: nothing of a concern is echoed in a channel (issue 13.7), typed replies to follow-ups in
/// Teams (13.10), and the long messages that once cost quadratic time are answered (12.6: the reply is asserted, not the time).
/// </summary>
public sealed class PolicyChannelAndLengthTests
{
    private const string Report = "A colleague has posted photos of her class on her public Instagram, who should I tell?";

    [Fact]
    public async Task In_a_channel_a_report_about_someone_is_answered_only_with_a_private_pointer()
    {
        await using var bot = await BotTestHost.StartAsync();
        var post = bot.ChannelMention(Report);

        using var response = await bot.PostAsync(post);

        var sent = await bot.Connector.WaitForMessagesAsync(2);
        var inChannel = Assert.Single(sent, m => m.Path.EndsWith($"/activities/{post.Id}", StringComparison.Ordinal));
        Assert.Equal(PolicyQuestionHandler.PrivatePointer, inChannel.Activity!.Text);
        Assert.Null(inChannel.Activity.Attachments);
        var privately = Assert.Single(sent, m => m != inChannel);
        var text = PolicyAnswerCardTests.Unescape(privately.CardText);
        Assert.Contains("report", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Instagram", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_reply_in_the_users_own_words_answers_the_follow_up_and_an_unrecognised_one_keeps_it()
    {
        await using var bot = await BotTestHost.StartAsync();
        using var asked = await bot.PostAsync(bot.Message("Can I go on Facebook at lunchtime?"));
        Assert.Contains("It depends", (await bot.Connector.WaitForMessagesAsync(1))[0].CardText, StringComparison.Ordinal);

        using var unrelated = await bot.PostAsync(bot.Message("how do I book the minibus?"));
        await bot.Connector.WaitForMessagesAsync(2);
        using var typed = await bot.PostAsync(bot.Message("it's the school laptop"));

        var answered = (await bot.Connector.WaitForMessagesAsync(3))[2];
        Assert.Contains("Not allowed", PolicyAnswerCardTests.Unescape(answered.CardText), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_210_KB_message_is_answered_from_its_first_sentences()
    {
        await using var bot = await BotTestHost.StartAsync();
        var text = "Can I post a photo of my class on Facebook? " + new string('x', 210 * 1024);

        using var response = await bot.PostAsync(bot.Message(text));

        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        var card = PolicyAnswerCardTests.Unescape(reply.CardText);
        Assert.Contains("Not allowed", card, StringComparison.Ordinal);
        Assert.Contains("first part", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_of_unclosed_at_tags_is_answered()
    {
        await using var bot = await BotTestHost.StartAsync();
        var text = string.Concat(Enumerable.Repeat("<at", 20_000)) + " can I post pupils' photos on Facebook?";

        using var response = await bot.PostAsync(bot.Message(text));

        var reply = Assert.Single(await bot.Connector.WaitForMessagesAsync(1));
        Assert.False(string.IsNullOrEmpty(reply.CardText));
    }
}
