using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>A message's text with the bot's @mention removed, and a normalised form for command matching.</summary>
public sealed record IncomingMessage(string Text, string Normalised);

/// <summary>A text command a feature answers ("help", "report a concern", ...). Lower <see cref="Order"/> is tried first.</summary>
public interface IMessageCommand
{
    int Order => 0;

    bool Matches(IncomingMessage message);

    /// <summary>
    /// For commands that depend on more than the words: the whole activity (e.g. its attachments) or stored state
    /// (e.g. "this user has an evidence upload open"). The router calls this one; by default it is <see cref="Matches"/>.
    /// </summary>
    ValueTask<bool> MatchesAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Matches(message));

    Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken);
}

/// <summary>What answers a message no command claimed (the policy questions, once that feature is present).</summary>
public interface IFreeTextHandler
{
    Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken);
}

public enum CardActionKind
{
    /// <summary>Action.Execute: an adaptiveCard/action invoke, answered in the HTTP response, replacing the card.</summary>
    Execute,
    /// <summary>Action.Submit: a message with a value; answered with a new message.</summary>
    Submit,
}

/// <summary>A button pressed on one of our cards, whichever way Teams delivered it.</summary>
/// <param name="Actor">The presser's Entra object id, from the authenticated activity: never from the card's data.</param>
public sealed record CardActionRequest(string Verb, JsonObject Data, CardActionKind Kind, string? CardActivityId, string Actor)
{
    public string? GetString(string key) => Data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Data[key]?.ToJsonString();
}

/// <summary>Handles the card verbs with a given prefix ("policy.", "ack.", "concern.").</summary>
public interface ICardActionHandler
{
    bool CanHandle(string verb);

    Task<CardActionResult> HandleAsync(ITurnContext turn, CardActionRequest action, CancellationToken cancellationToken);
}

public abstract record CardActionResult
{
    private CardActionResult()
    {
    }

    /// <summary>Replace the pressed card (Execute) or answer with this card (Submit).</summary>
    public sealed record ShowCard(AdaptiveCard Card) : CardActionResult;

    public sealed record ShowMessage(string Text) : CardActionResult;

    /// <summary>Bad input: the user is told plainly; nothing was changed.</summary>
    public sealed record Rejected(string Message) : CardActionResult;
}

/// <summary>Other invokes by name (e.g. fileConsent/invoke).</summary>
public interface IInvokeHandler
{
    bool CanHandle(string invokeName);

    /// <summary>
    /// For invokes several features share (fileConsent/invoke carries the feature's own context in its value):
    /// the router calls this one; by default it is <see cref="CanHandle(string)"/>.
    /// </summary>
    bool CanHandle(string invokeName, Activity activity) => CanHandle(invokeName);

    Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Told when people join a conversation the bot is in (not the bot itself).</summary>
public interface IMembersAddedHandler
{
    Task HandleAsync(ITurnContext turn, IReadOnlyList<ChannelAccount> members, CancellationToken cancellationToken);
}
