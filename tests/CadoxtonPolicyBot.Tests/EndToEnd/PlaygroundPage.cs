using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>
/// The Playground's chat page as a member of staff sees it, with waits that follow PLAYGROUND.md §6: wait for
/// the page's own request to finish, then for the bot's bubble to appear; never for network idle.
/// </summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _delivered = new();

    /// <summary>
    /// Wraps a page before it loads, so that every activity the Playground delivers to it over its WebSocket is seen,
    /// including those it held for this person while their page was closed.
    /// </summary>
    public PlaygroundPage(IPage page)
    {
        Page = page;
        page.WebSocket += (_, socket) =>
        {
            _sockets.Enqueue(socket);
            socket.FrameReceived += (_, frame) =>
            {
                if (frame.Text is { } text)
                {
                    _delivered.Enqueue(text);
                }
            };
        };
    }

    private readonly ConcurrentQueue<IWebSocket> _sockets = new();

    /// <summary>
    /// Closes the page as a person closes Teams, and returns once its WebSocket to the Playground is closed and the
    /// Playground has had a moment to notice: a message sent after that is held for the next page, not written to the
    /// closing socket and lost.
    /// </summary>
    public async Task CloseTeamsAsync()
    {
        await Page.CloseAsync();
        using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_sockets.Any(socket => !socket.IsClosed) && !timer.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
        }

        // The browser's side is closed; the Playground drops the socket when its close event runs, a few milliseconds on.
        await Task.Delay(1000, CancellationToken.None);
    }

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

    /// <summary>
    /// Opens a team channel (tree "Teams Channel", item "Team - Channel") and starts a new thread that @mentions the bot,
    /// as Teams requires for the bot to see it (PLAYGROUND.md §6); returns the thread (the post and the replies under it).
    /// </summary>
    public async Task<ILocator> PostInChannelAsync(string teamAndChannel, string botName, string text)
    {
        await Page.GetByRole(AriaRole.Treeitem, new() { Name = teamAndChannel }).ClickAsync();
        var post = Page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true });
        var newPost = Page.GetByRole(AriaRole.Group).Filter(new() { Has = post }).Last;
        var box = newPost.Locator("[contenteditable=\"true\"][role=\"textbox\"]").First;
        await box.ClickAsync();
        await box.PressSequentiallyAsync("@" + botName[..5]);
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = botName }).ClickAsync();
        await box.PressSequentiallyAsync(" " + text);
        await Page.RunAndWaitForResponseAsync(() => post.ClickAsync(), r => r.Url.EndsWith("/messages", StringComparison.Ordinal) && r.Request.Method == "POST");
        var thread = Page.Locator("[role=group].fui-Card").Filter(new() { HasText = text }).First;
        await thread.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return thread;
    }

    /// <summary>Back to the person's 1:1 chat with the bot.</summary>
    public Task OpenPersonalChatAsync() => Page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).ClickAsync();

    /// <summary>
    /// Waits until the Playground has delivered to this page an activity containing <paramref name="text"/>, drawn or not.
    /// </summary>
    public async Task<string> WaitForDeliveryAsync(string text, TimeSpan timeout)
    {
        using var timer = new CancellationTokenSource(timeout);
        while (!timer.IsCancellationRequested)
        {
            var found = _delivered.FirstOrDefault(frame => frame.Contains(text, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        throw new TimeoutException($"The Playground delivered no activity containing \"{text}\" to this page within {timeout.TotalSeconds:N0} s ({_delivered.Count} delivered).");
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
