using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>A yearly acknowledgement round in Microsoft's Teams emulator, in real browsers: one Playground per person.</summary>
[Collection(PlaygroundFixtureGroup.Name)]
public sealed class AcknowledgementJourneyTests(PlaygroundRig rig)
{
    // The Playground's team (PlaygroundConfig): the bot reads its roster with GET pagedmembers on the launching
    // chat's serviceUrl, which the Playground answers with its six configured people.
    private const string TeamAudience = "team:19:general-staff@thread.tacv2";

    // The head teacher here is Lynne, the rig's second head teacher, not Alex: the bot welcomes each personal chat
    // once, and FoundationJourneyTests must find Alex's chat unvisited whichever test runs first. Megan is staff
    // for this feature (her concern-handler role plays no part in it).
    //
    // A Playground limitation: each Playground plays one person, and its POST /v3/conversations answers every 1:1
    // create with its own user's chat. Staff in the team whose Playground was never opened have no chat with the
    // bot, so their cards land in the head teacher's chat. The assertions below look only at named cards.
    [Fact]
    public async Task The_head_teacher_launches_a_round_a_member_of_staff_reads_and_acknowledges_and_progress_shows_it()
    {
        // Megan has the app: opening her Playground installs it, so the bot has her personal chat.
        await using var megan = await rig.OpenAsync(PlaygroundRig.MeganAadObjectId);
        await megan.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");
        await using var head = await rig.OpenAsync(PlaygroundRig.LynneAadObjectId);
        await head.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");

        await head.SendAsync("start acknowledgement round");
        var form = await head.WaitForCardAsync("Start an acknowledgement round");
        await form.GetByLabel("Name of the round").FillAsync("2026/27 staff");
        await form.GetByLabel("Audience: an Entra group id, or team: followed by a Teams team id").FillAsync(TeamAudience);
        await form.GetByLabel("Message to staff (optional)").FillAsync("Please read this before half term.");
        await head.PressExecuteAsync(form, "Start the round");

        // Action.Execute replaces the form with the round's progress card.
        var launched = await head.WaitForCardAsync("Acknowledgement round 2026/27 staff");
        var launchedText = await PlaygroundPage.ReadCardTextAsync(launched);
        Assert.Contains("0 of 6 acknowledged", launchedText, StringComparison.Ordinal);
        Assert.Contains("Teams team 19:general-staff@thread.tacv2 (6 people)", launchedText, StringComparison.Ordinal);
        await Assertions.Expect(head.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Start an acknowledgement round" })).ToHaveCountAsync(0);

        // The delivery worker sends Megan her personal card.
        var invitation = await megan.WaitForCardAsync("Please read the staff social media policy");
        var invitationText = await PlaygroundPage.ReadCardTextAsync(invitation);
        Assert.Contains("Staff social media policy · 2026/27 staff", invitationText, StringComparison.Ordinal);
        Assert.Contains("Please read this before half term.", invitationText, StringComparison.Ordinal);
        Assert.Contains("Do not use school IT for personal social media, at any time.", invitationText, StringComparison.Ordinal);
        // Acknowledging is offered only once the full text has been opened.
        await Assertions.Expect(invitation.GetByRole(AriaRole.Button, new() { Name = "I have read and understood the policy", Exact = true })).ToHaveCountAsync(0);

        await megan.PressExecuteAsync(invitation, "Read the policy");
        var fullText = await megan.WaitForCardAsync("I have read and understood the policy");
        var policy = await PlaygroundPage.ReadCardTextAsync(fullText);
        Assert.Contains("Staff social media policy", policy, StringComparison.Ordinal);
        Assert.Contains("The policy of 1 September 2026 (version ", policy, StringComparison.Ordinal);

        await megan.PressExecuteAsync(fullText, "I have read and understood the policy");
        var confirmed = await megan.WaitForCardAsync("You confirmed you have read and understood the policy on");
        Assert.Contains("Thank you.", await PlaygroundPage.ReadCardTextAsync(confirmed), StringComparison.Ordinal);

        // The head teacher asks for progress: Megan is listed as acknowledged, the others still outstanding.
        await head.SendAsync("acknowledgement progress");
        var progress = await head.WaitForCardAsync("1 of 6 acknowledged");
        var progressText = await PlaygroundPage.ReadCardTextAsync(progress);
        Assert.Contains("Acknowledged (1)", progressText, StringComparison.Ordinal);
        Assert.Contains("Not yet acknowledged (5)", progressText, StringComparison.Ordinal);
        var acknowledgedAt = progressText.IndexOf("Acknowledged (1)", StringComparison.Ordinal);
        var meganLine = progressText.IndexOf("Megan Bowen — ", StringComparison.Ordinal);
        Assert.True(meganLine > acknowledgedAt, "Megan should be listed under Acknowledged.");
        Assert.Contains(" UTC", progressText[meganLine..], StringComparison.Ordinal);
    }
}
