using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// The one place activities are routed to features: messages to commands (else free text), card buttons to
/// the handler owning their verb (once the presser has the role the feature's verb table requires), installs to the
/// welcome. Beyond that role it decides nothing itself. Handlers are resolved only for the kind of activity that
/// needs them: every turn comes through here, and most are plain messages.
/// </summary>
internal sealed partial class TurnRouter(
    HelpCards helpCards,
    IServiceProvider services,
    ILogger<TurnRouter> logger) : IBot
{
    private IEnumerable<IInvokeHandler> Invokes => services.GetServices<IInvokeHandler>();

    private WelcomeSender Welcome => services.GetRequiredService<WelcomeSender>();

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        LogTurn(logger, activity.Type, activity.Name, activity.Conversation?.ConversationType);
        switch (activity.Type)
        {
            case ActivityTypes.Message when activity.Value is JsonObject submitted:
                await OnCardSubmitAsync(turn, submitted, cancellationToken);
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == "adaptiveCard/action":
                turn.InvokeResponse = await OnCardExecuteAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                var handler = Invokes.FirstOrDefault(h => activity.Name is not null && h.CanHandle(activity.Name, activity));
                if (handler is not null)
                {
                    turn.InvokeResponse = await handler.HandleAsync(turn, cancellationToken);
                }

                break;
            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                await Welcome.WelcomeOnceAsync(turn, cancellationToken);
                await OnConversationEventAsync(turn, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action is "remove" or "remove-upgrade":
                await Welcome.ForgetAsync(turn, cancellationToken);
                await OnConversationEventAsync(turn, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                await OnConversationEventAsync(turn, cancellationToken);
                break;
            default:
                // Typing, reactions, unknown types: acknowledged (200) and ignored.
                break;
        }
    }

    private async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var message = MessageText.From(turn.Activity);
        if (message.Text.Length == 0)
        {
            // A file or picture with no words: nothing for the commands; features that expect files claim them first.
            message = message with { Normalised = string.Empty };
        }

        foreach (var command in services.GetServices<IMessageCommand>().OrderBy(c => c.Order))
        {
            if (await command.MatchesAsync(turn, message, cancellationToken))
            {
                await command.HandleAsync(turn, message, cancellationToken);
                return;
            }
        }

        var freeText = services.GetService<IFreeTextHandler>();
        if (freeText is not null && message.Text.Length > 0)
        {
            await freeText.HandleAsync(turn, message, cancellationToken);
            return;
        }

        await turn.SendAsync(helpCards.Unrecognised(turn.Activity.Locale).ToActivity(CardLocale.IsWelsh(turn.Activity.Locale) ? "Dw i'n gallu helpu gyda'r polisi cyfryngau cymdeithasol" : "I can help with the social media policy"), cancellationToken);
    }

    private async Task<InvokeResponse> OnCardExecuteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Value?["action"];
        var verb = action?["verb"]?.GetValue<string>();
        var data = action?["data"] as JsonObject ?? [];
        if (string.IsNullOrWhiteSpace(verb))
        {
            return UniversalActionResponse.Error(400, "That button did not say what to do. Please type \"help\" to start again.");
        }

        var request = new CardActionRequest(verb, data, CardActionKind.Execute, turn.Activity.ReplyToId, turn.Activity.From?.AadObjectId ?? string.Empty);
        var result = await DispatchAsync(turn, request, cancellationToken);
        return UniversalActionResponse.From(result);
    }

    private async Task OnCardSubmitAsync(ITurnContext turn, JsonObject submitted, CancellationToken cancellationToken)
    {
        var verb = submitted["verb"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(verb))
        {
            await turn.SendAsync(turn.Activity.CreateReply("That button did not say what to do. Please type \"help\" to start again."), cancellationToken);
            return;
        }

        var request = new CardActionRequest(verb, submitted, CardActionKind.Submit, turn.Activity.ReplyToId, turn.Activity.From?.AadObjectId ?? string.Empty);
        var result = await DispatchAsync(turn, request, cancellationToken);
        var reply = result switch
        {
            CardActionResult.ShowCard show => show.Card.ToActivity(),
            CardActionResult.ShowMessage message => turn.Activity.CreateReply(message.Text),
            CardActionResult.Rejected rejected => turn.Activity.CreateReply(rejected.Message),
            _ => throw new InvalidOperationException("Unknown card action result."),
        };
        await turn.SendAsync(reply, cancellationToken);
    }

    private async Task<CardActionResult> DispatchAsync(ITurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (request.Verb == HelpCards.ShowHelpVerb)
        {
            var personal = await HelpCards.PersonalEntriesAsync(services.GetServices<IPersonalHelpSource>(), request.Actor, turn.Activity.IsPersonalChat, cancellationToken);
            return new CardActionResult.ShowCard(helpCards.Help(turn.Activity.Locale, personal));
        }

        // Every feature acts on behalf of the presser: without an authenticated identity nothing is done.
        if (string.IsNullOrWhiteSpace(request.Actor))
        {
            return new CardActionResult.Rejected("I couldn't tell who you are from Teams, so nothing was done.");
        }

        var verbs = services.GetService<CardVerbRegistry>();
        if (verbs is null || !verbs.TryGet(request.Verb, out var verb))
        {
            // The verb comes from the caller: log it only when it looks like one of ours.
            LogUnknownVerb(logger, request.Verb.Length <= 64 && request.Verb.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? request.Verb : "(not a verb)");
            return new CardActionResult.Rejected("Sorry, that button is no longer available. Type \"help\" to see what I can do.");
        }

        // Checked on every press: a forwarded or copied card grants nobody the role its buttons need.
        if (!HasRole(verb.Requires, request.Actor))
        {
            LogRefused(logger, verb.Verb, verb.Requires);
            if (verb.OnRefused is not null)
            {
                await verb.OnRefused(services.GetRequiredService(verb.Handler), turn, request, cancellationToken);
            }

            return new CardActionResult.Rejected(verb.Refusal!);
        }

        return await verb.Handle(services.GetRequiredService(verb.Handler), turn, request, cancellationToken);
    }

    private bool HasRole(CardVerbRole role, string actor) => role switch
    {
        CardVerbRole.Anyone => true,
        CardVerbRole.HeadTeacher => services.GetRequiredService<StaffRoles>().IsHeadTeacher(actor),
        CardVerbRole.ConcernHandler => services.GetRequiredService<StaffRoles>().IsConcernHandler(actor),
        _ => false,
    };

    private async Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var added = turn.Activity.MembersAdded ?? [];
        var botId = turn.Activity.Recipient?.Id;
        if (added.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)))
        {
            await Welcome.WelcomeOnceAsync(turn, cancellationToken);
        }

        var people = added.Where(m => !string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (people.Count > 0)
        {
            foreach (var handler in services.GetServices<IMembersAddedHandler>())
            {
                await handler.HandleAsync(turn, people, cancellationToken);
            }
        }
    }

    private async Task OnConversationEventAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var handler in services.GetServices<IInstallationHandler>())
        {
            await handler.HandleAsync(turn, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Debug, Message = "Turn: {ActivityType} {InvokeName} in {ConversationType}")]
    private static partial void LogTurn(ILogger logger, string? activityType, string? invokeName, string? conversationType);

    [LoggerMessage(EventId = 112, Level = LogLevel.Information, Message = "Card verb {Verb} refused: the presser is not a {Role}")]
    private static partial void LogRefused(ILogger logger, string verb, CardVerbRole role);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Card action with unknown verb {Verb}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);
}
