using CadoxtonPolicyBot.Cards;

namespace CadoxtonPolicyBot.Turns;

/// <summary>The welcome, help and "I didn't understand" cards, listing what the registered features offer.</summary>
public sealed class HelpCards(IEnumerable<HelpEntry> entries)
{
    public const string ShowHelpVerb = "help.show";

    private readonly HelpEntry[] _entries = [.. entries.OrderBy(e => e.Order)];

    public AdaptiveCard Welcome()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Welcome to the Cadoxton Policy Bot") { Size = "Large", Weight = "Bolder" },
                new TextBlock("I help Cadoxton Primary School staff with the staff social media policy: ask me whether you can post something, read the policy, and confirm you have read it each year."),
                new TextBlock("Just type your question in your own words, for example: *Can I share a photo of the school fair on Facebook?*") { IsSubtle = true },
            ],
            Actions = [new ExecuteAction { Title = "What can you do?", Verb = ShowHelpVerb, Data = [] }],
        };
        return card;
    }

    public AdaptiveCard Help()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock("Cadoxton Policy Bot help") { Size = "Large", Weight = "Bolder" }],
        };
        if (_entries.Length == 0)
        {
            card.Body.Add(new TextBlock("Type \"help\" at any time to see this card."));
        }

        foreach (var entry in _entries)
        {
            var item = new Container { Spacing = "Medium", Items = [new TextBlock(entry.Title) { Weight = "Bolder" }, new TextBlock(entry.Description)] };
            if (entry.Example is not null)
            {
                item.Items.Add(new TextBlock($"Type: {CardText.Escape(entry.Example)}") { IsSubtle = true });
            }

            card.Body.Add(item);
        }

        var buttons = _entries.Where(e => e.Verb is not null)
            .Select(e => (CardAction)new ExecuteAction { Title = e.Title, Verb = e.Verb, Data = [] })
            .ToList();
        if (buttons.Count > 0)
        {
            card.Body.Add(new ActionSet { Actions = buttons, Spacing = "Large" });
        }

        return card;
    }

    public AdaptiveCard Unrecognised()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Sorry, I didn't catch that.") { Weight = "Bolder" },
                new TextBlock("I can help with the school's staff social media policy. Type \"help\" to see everything I can do."),
            ],
            Actions = [new ExecuteAction { Title = "What can you do?", Verb = ShowHelpVerb, Data = [] }],
        };
        return card;
    }
}
