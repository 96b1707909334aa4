using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>A member of staff asks policy questions in Microsoft's Teams emulator, in a real browser.</summary>
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
        Assert.Contains("Could any pupils (or their names) be seen in it?", asked, StringComparison.Ordinal);
        Assert.Contains("Can I post photos from the school trip?", asked, StringComparison.Ordinal);
        Assert.NotNull(reply);

        var cardsBefore = await chat.Page.Locator(".ac-adaptiveCard").CountAsync();
        await chat.PressExecuteAsync(question, "Yes, or I'm not sure");

        // Action.Execute replaces the question card in place with the final answer.
        var cards = chat.Page.Locator(".ac-adaptiveCard");
        await Assertions.Expect(cards.Filter(new() { HasText = "It depends" })).ToHaveCountAsync(0);
        var final = await chat.WaitForCardAsync("Not allowed");
        var text = await PlaygroundPage.ReadCardTextAsync(final);
        Assert.Contains("Yes, or I'm not sure", text, StringComparison.Ordinal);
        Assert.Contains("What to do instead", text, StringComparison.Ordinal);
        Assert.Equal(cardsBefore, await cards.CountAsync());

        // Answer first on a phone: the policy's words are behind a toggle, shown on demand.
        Assert.DoesNotContain("Employees must not use pictures/images on social networking sites", text, StringComparison.Ordinal);
        await final.GetByRole(AriaRole.Button, new() { Name = "Show the policy's words", Exact = true }).ClickAsync();
        await Assertions.Expect(final).ToContainTextAsync("Employees must not use pictures/images on social networking sites");
    }

    [Fact]
    public async Task A_follow_up_answered_in_the_users_own_words_then_a_follow_on_then_a_question_in_Welsh_answered_in_Welsh()
    {
        await using var chat = await rig.OpenAsync(PlaygroundRig.IsaiahAadObjectId);
        await chat.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");

        await chat.SendAsync("Can I go on Facebook at lunchtime?");
        var asked = await PlaygroundPage.ReadCardTextAsync(await chat.WaitForCardAsync("It depends"));
        Assert.Contains("Whose device would it be", asked, StringComparison.Ordinal);

        // Typed, not pressed: the reply is read for the fact it states.
        await chat.SendAsync("it's my own phone");
        var own = await PlaygroundPage.ReadCardTextAsync(await chat.WaitForCardAsync("Allowed, with care"));
        Assert.Contains("My own phone or device", own, StringComparison.Ordinal);

        // A follow-on that changes one fact keeps the rest (Facebook, lunchtime).
        await chat.SendAsync("and on the school laptop?");
        var school = await PlaygroundPage.ReadCardTextAsync(await chat.WaitForCardAsync("Not allowed"));
        Assert.Contains("school's IT system", school, StringComparison.Ordinal);

        await chat.SendAsync("Ga i roi lluniau o'r plant ar fy Facebook i?");
        var welsh = await PlaygroundPage.ReadCardTextAsync(await chat.WaitForCardAsync("Ddim yn cael"));
        Assert.Contains("Na, peidiwch", welsh, StringComparison.Ordinal);
        Assert.Contains("Dangos geiriau'r polisi", welsh, StringComparison.Ordinal);
    }
}
