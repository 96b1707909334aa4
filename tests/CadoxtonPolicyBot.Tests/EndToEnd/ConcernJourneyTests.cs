using System.Text.RegularExpressions;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>
/// A member of staff reports a concern privately; it goes to the first handler only, passes to the next when it is not
/// opened in time, and that handler opens it, signs a note and acknowledges it, each person in their own Teams emulator
/// (one Agents Playground per person against the same bot), in a real browser. The second handler has closed Teams
/// when the concern passes to her; the notice is waiting when she opens it again.
/// </summary>
[Collection(PlaygroundFixtureGroup.Name)]
public sealed partial class ConcernJourneyTests(PlaygroundRig rig)
{
    private const string WhatHappened = "A teaching assistant's public TikTok shows the Year 4 classroom with pupils' names on the wall";

    [GeneratedRegex(@"Concern (CON-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}) awaits you")]
    private static partial Regex HandlerNotice();

    [Fact]
    public async Task Staff_member_reports_a_concern_privately_it_escalates_unopened_and_the_next_handler_acknowledges_it()
    {
        // The handlers have the bot open first, so it holds their 1:1 chats (each in their own Playground) and can
        // send them the notice proactively; "help" makes sure each page's install has reached the bot.
        // The welcome card may be drawn after a message is sent (it comes once per chat, about 0.5 s after load), so
        // each step waits for the card it expects rather than for "the next bubble".
        var megan = await OpenReadyAsync(PlaygroundRig.MeganAadObjectId);
        await using var alex = await OpenReadyAsync(PlaygroundRig.AlexAadObjectId);
        await using var isaiah = await OpenReadyAsync(PlaygroundRig.IsaiahAadObjectId);

        // Consent first: the card says plainly that the report is not anonymous.
        await isaiah.SendAsync("report a concern");
        var consent = await isaiah.WaitForCardAsync("a concern is not anonymous");
        var consentText = await PlaygroundPage.ReadCardTextAsync(consent);
        Assert.Contains("a concern is not anonymous", consentText, StringComparison.Ordinal);
        Assert.Contains("disciplinary proceedings", consentText, StringComparison.Ordinal);
        await isaiah.PressExecuteAsync(consent, "Continue");

        var form = await isaiah.WaitForCardAsync("Where was it posted?");
        await form.GetByLabel("What happened?").FillAsync(WhatHappened);
        await ChooseAsync(form, "Where was it posted?", "TikTok");
        await form.GetByRole(AriaRole.Radio, new() { Name = "The school", Exact = true }).CheckAsync();
        await isaiah.PressExecuteAsync(form, "Send report");

        var recorded = await isaiah.WaitForCardAsync("Your concern is recorded as");
        var reference = Regex.Match(await PlaygroundPage.ReadCardTextAsync(recorded), "CON-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}").Value;
        Assert.NotEmpty(reference);

        // Alex (head teacher, first in routing order) alone is told: only that a concern awaits, nothing a notification
        // could preview. Megan, next in order, is not told yet.
        var first = await alex.WaitForCardAsync($"Concern {reference} awaits you");
        Assert.DoesNotContain("TikTok", await PlaygroundPage.ReadCardTextAsync(first), StringComparison.Ordinal);
        Assert.Equal(0, await megan.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = reference }).CountAsync());

        // Megan closes Teams. Alex does not open the concern. Two school days pass (the bot's own clock here is the real
        // one, so the concern's due time is moved instead), and the bot's escalation check passes it to Megan while her
        // page is closed: the notice must still reach her when she next opens Teams.
        await megan.CloseTeamsAsync();
        await using (var scope = rig.BotServices.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var past = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.Set<Concern>().Where(c => c.Reference == reference).ExecuteUpdateAsync(u => u.SetProperty(c => c.EscalateAt, past));
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ConcernEscalator>().EscalateDueAsync(CancellationToken.None));
        }

        // The Playground held the notice while Megan's page was closed and hands it to the page she opens next. (Its
        // page draws a held message only if it arrives after the page's chat is ready, which is a race inside the
        // emulator, so the delivery is read from the page's own WebSocket, and she then opens her list, as she would.)
        megan = await rig.OpenAsync(PlaygroundRig.MeganAadObjectId);
        await using var meganAgain = megan;
        var noticeText = await megan.WaitForDeliveryAsync($"Concern {reference} awaits you", TimeSpan.FromSeconds(20));
        Assert.Contains("a:1personal-chat-megan", noticeText, StringComparison.Ordinal);
        Assert.Equal(reference, HandlerNotice().Match(noticeText).Groups[1].Value);
        Assert.Contains("not opened within 2 school days", noticeText, StringComparison.Ordinal);
        Assert.DoesNotContain("TikTok", noticeText, StringComparison.Ordinal);
        Assert.DoesNotContain("Isaiah", noticeText, StringComparison.Ordinal);

        await megan.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");
        await megan.SendAsync("concerns");
        // Her list holds this one concern, now hers to handle.
        var list = await megan.WaitForCardAsync("Open concerns");
        await Assertions.Expect(list).ToContainTextAsync(reference);
        await Assertions.Expect(list.GetByRole(AriaRole.Button, new() { Name = "Open", Exact = true })).ToHaveCountAsync(1);
        await megan.PressExecuteAsync(list, "Open");
        var details = await megan.WaitForCardAsync(WhatHappened);
        var detailsText = await PlaygroundPage.ReadCardTextAsync(details);
        Assert.Contains("Isaiah Langer", detailsText, StringComparison.Ordinal);
        Assert.Contains("TikTok", detailsText, StringComparison.Ordinal);
        Assert.Contains("received", detailsText, StringComparison.Ordinal);

        // A private note is signed with Megan's name as Teams gives it, and the school's time with the day.
        await details.GetByRole(AriaRole.Button, new() { Name = "Add note", Exact = true }).ClickAsync();
        await details.GetByLabel("Private note (never shown to the reporter)").FillAsync("Spoke to the class teacher");
        await megan.PressExecuteAsync(details, "Save note");
        var noted = megan.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Spoke to the class teacher" }).Last;
        await Assertions.Expect(noted).ToContainTextAsync(new Regex(@"Megan Bowen, (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}"));
        details = await megan.WaitForCardAsync("Spoke to the class teacher");

        await megan.PressExecuteAsync(details, "Acknowledge");
        // Action.Execute replaces the card in place: now acknowledged, and "Acknowledge" is no longer offered.
        var acknowledged = megan.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = WhatHappened }).Filter(new() { HasTextRegex = new Regex(@"Status\s*acknowledged") });
        await Assertions.Expect(acknowledged).ToHaveCountAsync(1);
        await Assertions.Expect(acknowledged.GetByRole(AriaRole.Button, new() { Name = "Acknowledge", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(acknowledged.GetByRole(AriaRole.Button, new() { Name = "Start investigating", Exact = true })).ToHaveCountAsync(1);

        // Isaiah hears of the change in his own chat, by reference number only.
        var status = isaiah.BotMessages.Filter(new() { HasText = $"Your concern {reference} has been acknowledged." });
        await Assertions.Expect(status).ToHaveCountAsync(1);
        var statusText = (await status.InnerTextAsync()).Trim();
        Assert.DoesNotContain("TikTok", statusText, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", statusText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_about_someone_asked_in_a_channel_is_answered_privately_and_never_repeated_in_front_of_colleagues()
    {
        const string Allegation = "Someone on the staff has put photos of the Year 3 swimming trip on TikTok with the children's names, what do I do?";
        await using var isaiah = await OpenReadyAsync(PlaygroundRig.IsaiahAadObjectId);

        var thread = await isaiah.PostInChannelAsync("Staff - Policies", "Cadoxton Policy Bot", Allegation);
        await Assertions.Expect(thread).ToContainTextAsync("I've messaged you privately about this.");
        var threadText = await thread.InnerTextAsync();
        // The allegation appears once in the thread, as Isaiah typed it; nothing the bot wrote there repeats any of it.
        Assert.Equal(1, CountOf(threadText, "TikTok"));
        Assert.Equal(1, CountOf(threadText, "swimming"));
        Assert.Equal(0, await thread.Locator(".ac-adaptiveCard").CountAsync());

        await isaiah.OpenPersonalChatAsync();
        var answer = await isaiah.WaitForCardAsync("you can report it privately");
        var answerText = await PlaygroundPage.ReadCardTextAsync(answer);
        Assert.Contains("Take screenshots", answerText, StringComparison.Ordinal);
        // Even in his own chat the bot does not quote the allegation back: the card answers without "You asked".
        Assert.DoesNotContain("TikTok", answerText, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string word) => Regex.Count(text, Regex.Escape(word));

    private async Task<PlaygroundPage> OpenReadyAsync(string aadObjectId)
    {
        var page = await rig.OpenAsync(aadObjectId);
        // The welcome answers the page's own install, so once it is drawn the page's chat is ready: a reply that
        // arrives before that is lost by the emulator (a race on a busy machine).
        await page.WaitForCardAsync("Welcome to the Cadoxton Policy Bot");
        await page.SendAsync("help");
        await page.WaitForCardAsync("Cadoxton Policy Bot help");
        return page;
    }

    /// <summary>A compact ChoiceSet: the renderer draws a native select or a combobox with options, depending on version.</summary>
    private static async Task ChooseAsync(ILocator card, string label, string choice)
    {
        var box = card.GetByRole(AriaRole.Combobox, new() { Name = label });
        if (await box.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await box.SelectOptionAsync(new SelectOptionValue { Label = choice });
            return;
        }

        await box.ClickAsync();
        await box.Page.GetByRole(AriaRole.Option, new() { Name = choice, Exact = true }).ClickAsync();
    }
}
