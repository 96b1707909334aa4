using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

[CollectionDefinition(Name)]
public sealed class PlaygroundFixtureGroup : ICollectionFixture<PlaygroundRig>
{
    public const string Name = "Agents Playground";
}

/// <summary>A member of staff meets the bot in Microsoft's Teams emulator, in a real browser.</summary>
[Collection(PlaygroundFixtureGroup.Name)]
public sealed class FoundationJourneyTests(PlaygroundRig rig)
{
    [Fact]
    public async Task Staff_member_is_welcomed_asks_for_help_and_a_card_button_replaces_the_card()
    {
        await using var chat = await rig.OpenAsync();

        var welcome = await chat.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");
        Assert.Contains("social media policy", await PlaygroundPage.ReadCardTextAsync(welcome), StringComparison.Ordinal);

        var help = await chat.SendAsync("help");
        Assert.Contains("Cadoxton Policy Bot help", await PlaygroundPage.ReadCardTextAsync(help), StringComparison.Ordinal);

        var cardsBefore = await chat.Page.Locator(".ac-adaptiveCard").CountAsync();
        await chat.PressExecuteAsync(welcome, "What can you do?");

        // Action.Execute replaces the pressed card in place: the welcome is gone, the help card stands in its place.
        await Assertions.Expect(chat.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Welcome to the Cadoxton Policy Bot" })).ToHaveCountAsync(0);
        await Assertions.Expect(chat.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Cadoxton Policy Bot help" })).ToHaveCountAsync(2);
        Assert.Equal(cardsBefore, await chat.Page.Locator(".ac-adaptiveCard").CountAsync());
    }
}
