using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Tests.Turns;

public sealed class MessageTextTests
{
    [Fact]
    public void The_bots_mention_is_removed_and_the_rest_kept()
    {
        var activity = new Activity
        {
            Text = "<at>Cadoxton Policy Bot</at> can I post this?",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [new JsonObject { ["type"] = "mention", ["text"] = "<at>Cadoxton Policy Bot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot" } }],
        };

        var message = MessageText.From(activity);

        Assert.Equal("can I post this?", message.Text);
        Assert.Equal("can i post this", message.Normalised);
    }

    [Fact]
    public void Teams_html_and_entities_do_not_reach_the_features()
    {
        var message = MessageText.From(new Activity { Text = "<p>Can I share &quot;our&quot; photo?</p>" });

        Assert.Equal("Can I share \"our\" photo?", message.Text);
    }

    [Theory]
    [InlineData("Help!", "help")]
    [InlineData("  what   can you DO? ", "what can you do")]
    [InlineData("report-a-concern", "report a concern")]
    public void Normalised_text_is_lower_case_words_with_single_spaces(string text, string expected) =>
        Assert.Equal(expected, MessageText.Normalise(text));
}
