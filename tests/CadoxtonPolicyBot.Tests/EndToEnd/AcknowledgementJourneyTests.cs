using System.Text.RegularExpressions;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>
/// A yearly acknowledgement round in Microsoft's Teams emulator, in real browsers, one Playground per person: the head
/// teacher launches it to a team chosen by name, a member of staff asks for their card in their own words and
/// confirms, the head teacher reminds (and is asked before reminding twice) and closes it (and is asked first), and a
/// member of staff whose page was closed meanwhile finds the closing notice when they open Teams again.
/// </summary>
[Collection(PlaygroundFixtureGroup.Name)]
public sealed partial class AcknowledgementJourneyTests(PlaygroundRig rig)
{
    // The Playground's team (PlaygroundConfig): installing the bot there tells it the team's id and name ("Staff"); the
    // bot reads its roster with GET pagedmembers, which the Playground answers with its six configured people.
    private const string TeamId = "19:general-staff@thread.tacv2";

    [GeneratedRegex(@"Reminders sent to (\d+) people at \d\d:\d\d\.")]
    private static partial Regex RemindersSent();

    // The head teacher here is Lynne, the rig's second head teacher, not Alex: the bot welcomes each personal chat
    // once, and FoundationJourneyTests must find Alex's chat unvisited whichever test runs first.
    //
    // A Playground limitation: each Playground plays one person, and its POST /v3/conversations answers every 1:1
    // create with its own user's chat. Staff in the team whose Playground was never opened have no chat with the
    // bot, so their cards land in the head teacher's chat. The assertions below look only at named cards.
    [Fact]
    public async Task The_head_teacher_launches_by_name_reminds_and_closes_with_feedback_and_staff_find_their_card_again()
    {
        // Megan and Isaiah have the app: opening their Playgrounds installs it, so the bot has their personal chats.
        await using var megan = await rig.OpenAsync(PlaygroundRig.MeganAadObjectId);
        await megan.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");
        var isaiah = await rig.OpenAsync(PlaygroundRig.IsaiahAadObjectId);
        await isaiah.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");
        await using var head = await rig.OpenAsync(PlaygroundRig.LynneAadObjectId);
        await head.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");

        // The bot is added to the Staff team (the Playground's own install activity for the team's General channel):
        // the bot remembers the team by name from it.
        await head.InstallInConversationAsync(TeamId);
        await WaitUntilAsync(async () => await TeamNameAsync() == "Staff", "the bot to remember the Staff team from its install");

        await head.SendAsync("start acknowledgement round");
        var form = await head.WaitForCardAsync("Start an acknowledgement round");
        var formText = await PlaygroundPage.ReadCardTextAsync(form);
        Assert.DoesNotContain("19:", formText, StringComparison.Ordinal);
        await form.GetByLabel("Name of the round").FillAsync("2026/27 staff");
        await PlaygroundPage.ChooseAsync(form, "Who is it for?", "Staff (team)");
        await form.GetByLabel("Message to staff (optional)").FillAsync("Please read this before half term.");
        await head.PressExecuteAsync(form, "Start the round");

        // The progress card replaces the form, and names the audience, never its id.
        var launched = await head.WaitForCardAsync("Acknowledgement round 2026/27 staff");
        var launchedText = await PlaygroundPage.ReadCardTextAsync(launched);
        Assert.Contains("0 of 6 acknowledged", launchedText, StringComparison.Ordinal);
        Assert.Contains("Staff (team, 6 people)", launchedText, StringComparison.Ordinal);
        Assert.DoesNotContain("19:", launchedText, StringComparison.Ordinal);

        // Isaiah's card reaches his open page; then he closes Teams.
        await isaiah.WaitForCardAsync("Please read the staff social media policy");
        await isaiah.CloseTeamsAsync();

        // Megan lost her card in the chat: she asks in her own words and gets her own card back.
        await megan.WaitForCardAsync("Please read the staff social media policy");
        await megan.SendAsync("How do I sign the policy?");
        var again = await megan.WaitForCardAsync("Please read the staff social media policy");
        Assert.Contains("Staff social media policy · 2026/27 staff", await PlaygroundPage.ReadCardTextAsync(again), StringComparison.Ordinal);
        await megan.PressExecuteAsync(again, "Read the policy");
        var fullText = await megan.WaitForCardAsync("I have read and understood the policy");
        Assert.Contains("The policy of 1 September 2026 (version ", await PlaygroundPage.ReadCardTextAsync(fullText), StringComparison.Ordinal);
        await megan.PressExecuteAsync(fullText, "I have read and understood the policy");
        var confirmed = await megan.WaitForCardAsync("You confirmed you have read and understood the policy on");
        var confirmedText = await PlaygroundPage.ReadCardTextAsync(confirmed);
        Assert.Contains("Thank you.", confirmedText, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", confirmedText, StringComparison.Ordinal);

        // Asked again, she is told she has already confirmed, and when (school time, with the day).
        await megan.SendAsync("where's my policy card?");
        await Assertions.Expect(megan.BotMessages.Filter(new() { HasText = "You have already confirmed the policy, on " })).Not.ToHaveCountAsync(0);

        // The head teacher reminds those outstanding: the card says how many and when.
        var progress = await head.WaitForCardAsync("Acknowledgement round 2026/27 staff");
        await head.PressExecuteAsync(progress, "Remind those outstanding");
        var reminded = await head.WaitForCardAsync("Reminders sent to");
        var remindedText = await PlaygroundPage.ReadCardTextAsync(reminded);
        Assert.Equal("5", RemindersSent().Match(remindedText).Groups[1].Value);
        Assert.Contains("1 of 6 acknowledged", remindedText, StringComparison.Ordinal);

        // A second press straight away asks first, and "Not now" sends nothing.
        await head.PressExecuteAsync(reminded, "Remind those outstanding");
        var ask = await head.WaitForCardAsync("Send the reminders again?");
        Assert.Contains("Nothing has been sent now.", await PlaygroundPage.ReadCardTextAsync(ask), StringComparison.Ordinal);
        await head.PressExecuteAsync(ask, "Not now");

        // Closing asks first, saying how many have not acknowledged; confirmed, it closes and says they are being told.
        var back = await head.WaitForCardAsync("Acknowledgement round 2026/27 staff");
        await head.PressExecuteAsync(back, "Close the round");
        var confirm = await head.WaitForCardAsync("Close the round 2026/27 staff?");
        Assert.Contains("5 people have not acknowledged yet. They will be told the round is closed.", await PlaygroundPage.ReadCardTextAsync(confirm), StringComparison.Ordinal);
        await head.PressExecuteAsync(confirm, "Yes, close the round");
        var closed = await head.WaitForCardAsync("Round closed at");
        Assert.Contains("people who had not acknowledged are being told.", await PlaygroundPage.ReadCardTextAsync(closed), StringComparison.Ordinal);
        await Assertions.Expect(closed.GetByRole(AriaRole.Button, new() { Name = "Close the round", Exact = true })).ToHaveCountAsync(0);

        // The closing notice went out while Isaiah's Teams was closed: it reaches his Teams when he opens it again. (The
        // Playground holds a message for a closed page and pushes it down the page's WebSocket when a page connects, but
        // its page draws only messages that arrive after it has loaded its chat, so the check is on what reached it.
        // AcknowledgementHttpTests.After_the_round_is_closed... shows each outstanding person's chat is sent it once.)
        await WaitUntilAsync(async () => await NoticeSentToAsync(PlaygroundRig.IsaiahAadObjectId), "the closing notice to be sent to Isaiah");
        await using var isaiahAgain = await rig.OpenAsync(PlaygroundRig.IsaiahAadObjectId);
        var delivered = await isaiahAgain.WaitForDeliveryAsync("Policy acknowledgement 2026/27 staff has closed", TimeSpan.FromSeconds(20));
        Assert.Contains("\"actionConversationId\":\"a:1personal-chat-isaiah\"", delivered, StringComparison.Ordinal);
        Assert.Contains("you had not confirmed the staff social media policy in it", delivered, StringComparison.Ordinal);
        // Megan, who confirmed, is not told.
        await Assertions.Expect(megan.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "has closed" })).ToHaveCountAsync(0);
    }

    private async Task<string?> TeamNameAsync()
    {
        await using var scope = rig.BotServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.Set<InstalledTeam>().Where(t => t.TeamId == TeamId).Select(t => t.Name).FirstOrDefaultAsync();
    }

    private async Task<bool> NoticeSentToAsync(string aadObjectId)
    {
        await using var scope = rig.BotServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.Set<RoundRecipient>().AnyAsync(r => r.Kind == RecipientKind.ClosedNotice && r.AadObjectId == aadObjectId && r.State == DeliveryState.Sent);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(200);
        }
    }
}
