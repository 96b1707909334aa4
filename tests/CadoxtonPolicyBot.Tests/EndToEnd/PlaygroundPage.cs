using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>
/// The Playground's chat page as a member of staff sees it, with waits that follow PLAYGROUND.md §6: wait for
/// the page's own request to finish, then for the bot's bubble to appear; never for network idle.
/// </summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    public PlaygroundPage(IPage page)
    {
        Page = page;
        ArgumentNullException.ThrowIfNull(page);
        page.WebSocket += (_, ws) => ws.FrameReceived += (_, f) => Frames.Enqueue(f.Text ?? string.Empty);
    }

    /// <summary>Every WebSocket frame the page received from its Playground, in order (bot messages are createMessage frames).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Frames { get; } = new();

    public IPage Page { get; }

    /// <summary>One per bot message, text or card.</summary>
    public ILocator BotMessages => Page.Locator(".fai-OutputCard");

    private ILocator Composer => Page.Locator("[contenteditable=\"true\"][role=\"textbox\"]").First;

    /// <summary>The newest card whose text contains <paramref name="text"/>, once it is drawn.</summary>
    public async Task<ILocator> WaitForCardAsync(string text)
    {
        var card = Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text }).Last;
        await card.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return card;
    }

    /// <summary>Types a message and waits for the bot's next message; returns it.</summary>
    public async Task<ILocator> SendAsync(string text)
    {
        var before = await BotMessages.CountAsync();
        await Composer.FillAsync(text);
        await Page.RunAndWaitForResponseAsync(() => Composer.PressAsync("Enter"), r => r.Url.EndsWith("/messages", StringComparison.Ordinal) && r.Request.Method == "POST");
        var reply = BotMessages.Nth(before);
        await reply.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return reply;
    }

    /// <summary>Presses an Action.Execute button on a card and waits for Teams' invoke round trip.</summary>
    public async Task PressExecuteAsync(ILocator card, string buttonTitle)
    {
        var button = card.GetByRole(AriaRole.Button, new() { Name = buttonTitle, Exact = true });
        await Page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Url.EndsWith("/_conversation/v1/invoke", StringComparison.Ordinal));
    }

    /// <summary>Presses an Action.Submit button and waits for the bot's next message.</summary>
    public async Task<ILocator> PressSubmitAsync(ILocator card, string buttonTitle)
    {
        var before = await BotMessages.CountAsync();
        var button = card.GetByRole(AriaRole.Button, new() { Name = buttonTitle, Exact = true });
        await Page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Url.EndsWith("/_conversation/v1/submit", StringComparison.Ordinal));
        var reply = BotMessages.Nth(before);
        await reply.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return reply;
    }

    /// <summary>
    /// Installs the bot in another conversation of this Playground (a team's channel, the group chat) through its own
    /// debug API, as Teams does when the app is added there (PLAYGROUND.md §7): installationUpdate and conversationUpdate.
    /// </summary>
    public async Task InstallInConversationAsync(string conversationId)
    {
        var response = await Page.APIRequest.PostAsync(new Uri(new Uri(Page.Url), $"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation").ToString(),
            new() { DataObject = new { } });
        Assert.True(response.Ok, $"The Playground refused the install: {response.Status} {await response.TextAsync()}");
    }

    /// <summary>Chooses an Input.ChoiceSet option by its title, however the renderer draws the set.</summary>
    public static async Task ChooseAsync(ILocator card, string label, string choice)
    {
        var box = card.GetByRole(AriaRole.Combobox, new() { Name = label });
        if (await box.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await box.SelectOptionAsync(new SelectOptionValue { Label = choice });
            return;
        }

        await box.ClickAsync();
        var option = box.Page.GetByRole(AriaRole.Option, new() { Name = choice, Exact = true });
        if (await box.GetAttributeAsync("role") == "combobox" && await box.EvaluateAsync<string>("e => e.tagName") == "INPUT" && await option.CountAsync() == 0)
        {
            // A typeahead (choices.data) lists nothing until something is typed: type the start of the choice, as a person would.
            await box.PressSequentiallyAsync(choice.Split(' ')[0], new() { Delay = 50 });
        }

        await option.ClickAsync();
    }

    /// <summary>A card the renderer could not draw shows as an empty box: treat that as a failure.</summary>
    public static async Task<string> ReadCardTextAsync(ILocator card)
    {
        var text = (await card.InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrWhiteSpace(text), "The Adaptive Card rendered empty.");
        return text;
    }

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}
