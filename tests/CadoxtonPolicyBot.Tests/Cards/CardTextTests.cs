using System.Text.Json;
using CadoxtonPolicyBot.Cards;

namespace CadoxtonPolicyBot.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("**bold** and _it_", @"\*\*bold\*\* and \_it\_")]
    [InlineData("[click](http://evil.example)", @"\[click\](http://evil.example)")]
    [InlineData("<at>Head</at>", @"\<at\>Head\</at\>")]
    [InlineData("# Heading\n- item\n1. first", "\\# Heading\n\\- item\n1\\. first")]
    [InlineData("Year 6, e.g. the 3.15 bus - fine", "Year 6, e.g. the 3.15 bus - fine")]
    public void Markdown_that_could_change_a_card_is_shown_literally(string text, string expected) =>
        Assert.Equal(expected, CardText.Escape(text));

    [Fact]
    public void A_card_serialises_as_adaptive_card_1_5_with_typed_elements_and_actions()
    {
        var card = new AdaptiveCard
        {
            Body = [TextBlock.Literal("Hi *there*"), new ChoiceSetInput { Id = "who", Choices = [new Choice("A pupil", "pupil")] }],
            Actions = [new ExecuteAction { Title = "Go", Verb = "x.go", Data = [] }],
        };

        var json = JsonDocument.Parse(JsonSerializer.Serialize(card, CardJson.Options)).RootElement;

        Assert.Equal("AdaptiveCard", json.GetProperty("type").GetString());
        Assert.Equal("1.5", json.GetProperty("version").GetString());
        Assert.Equal("TextBlock", json.GetProperty("body")[0].GetProperty("type").GetString());
        Assert.Equal(@"Hi \*there\*", json.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("Input.ChoiceSet", json.GetProperty("body")[1].GetProperty("type").GetString());
        Assert.Equal("Action.Execute", json.GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.Equal("x.go", json.GetProperty("actions")[0].GetProperty("verb").GetString());
    }
}
