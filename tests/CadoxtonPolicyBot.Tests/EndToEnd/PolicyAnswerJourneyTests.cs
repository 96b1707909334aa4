using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>A member of staff asks a policy question in Microsoft's Teams emulator, in a real browser.</summary>
[Collection(PlaygroundFixtureGroup.Name)]
public sealed class PolicyAnswerJourneyTests(PlaygroundRig rig)
{
    // Isaiah, not Alex: the welcome is sent once per personal chat, and FoundationJourneyTests needs Alex's chat
    // fresh to see it; a member of staff with no role is also who asks such questions.
    [Fact]
    public async Task A_member_of_staff_asks_a_depends_question_presses_the_deciding_button_and_the_final_verdict_replaces_the_card()
    {
        await using var chat = await rig.OpenAsync(PlaygroundRig.IsaiahAadObjectId);
        await chat.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");

        var reply = await chat.SendAsync("Can I post photos from the school trip?");
        var question = await chat.WaitForCardAsync("It depends");
        var asked = await PlaygroundPage.ReadCardTextAsync(question);
        Assert.Contains("Would any pupil be identifiable", asked, StringComparison.Ordinal);
        Assert.Contains("Can I post photos from the school trip?", asked, StringComparison.Ordinal);
        Assert.Contains("Employees must not use pictures/images on social networking sites", asked, StringComparison.Ordinal);
        Assert.NotNull(reply);

        var cardsBefore = await chat.Page.Locator(".ac-adaptiveCard").CountAsync();
        await chat.PressExecuteAsync(question, "Yes, pupils can be identified");

        // Action.Execute replaces the question card in place with the final answer.
        var cards = chat.Page.Locator(".ac-adaptiveCard");
        await Assertions.Expect(cards.Filter(new() { HasText = "It depends" })).ToHaveCountAsync(0);
        var final = await chat.WaitForCardAsync("Not allowed");
        var text = await PlaygroundPage.ReadCardTextAsync(final);
        Assert.Contains("Yes, pupils can be identified", text, StringComparison.Ordinal);
        Assert.Contains("Procedure 7", text, StringComparison.Ordinal);
        Assert.Contains("What to do instead", text, StringComparison.Ordinal);
        Assert.Equal(cardsBefore, await cards.CountAsync());
    }
}
