using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>
/// The Playground's chat page as a member of staff sees it, with waits that follow PLAYGROUND.md §6: wait for
/// the page's own request to finish, then for the bot's bubble to appear; never for network idle.
/// </summary>
public sealed class PlaygroundPage(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

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

    /// <summary>A card the renderer could not draw shows as an empty box: treat that as a failure.</summary>
    public static async Task<string> ReadCardTextAsync(ILocator card)
    {
        var text = (await card.InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrWhiteSpace(text), "The Adaptive Card rendered empty.");
        return text;
    }

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}
