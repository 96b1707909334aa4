using CadoxtonPolicyBot.Cards;

namespace CadoxtonPolicyBot.Turns;

/// <summary>The welcome, help and "I didn't understand" cards, listing what the registered features offer.</summary>
public sealed class HelpCards(IEnumerable<HelpEntry> entries)
{
    public const string ShowHelpVerb = "help.show";

    private readonly HelpEntry[] _entries = [.. entries.OrderBy(e => e.Order)];

    /// <summary>The welcome card; a Welsh Teams client (locale cy or cy-GB) gets it, and the help, in Welsh.</summary>
    public AdaptiveCard Welcome(string? locale = null)
    {
        if (CardLocale.IsWelsh(locale))
        {
            return new AdaptiveCard
            {
                Body =
                [
                    new TextBlock("Croeso i Fot Polisi Cadoxton") { Size = "Large", Weight = "Bolder" },
                    new TextBlock("Dw i'n helpu staff Ysgol Gynradd Cadoxton gyda pholisi cyfryngau cymdeithasol y staff: gofynnwch a gewch chi bostio rhywbeth, darllenwch y polisi, a chadarnhewch eich bod wedi'i ddarllen bob blwyddyn."),
                    new TextBlock("Teipiwch eich cwestiwn yn eich geiriau eich hun, yn Gymraeg neu'n Saesneg, er enghraifft: *Ga i rannu llun o ffair yr ysgol ar Facebook?* Mae'r polisi ei hun yn Saesneg.") { IsSubtle = true },
                ],
                Actions = [new ExecuteAction { Title = "Beth allwch chi ei wneud?", Verb = ShowHelpVerb, Data = [] }],
            };
        }

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

    /// <summary>The help card; <paramref name="personal"/> are entries for this person only (<see cref="IPersonalHelpSource"/>).</summary>
    public AdaptiveCard Help(string? locale = null, IReadOnlyList<HelpEntry>? personal = null)
    {
        HelpEntry[] entries = personal is { Count: > 0 } ? [.. _entries.Concat(personal).OrderBy(e => e.Order)] : _entries;
        var welsh = CardLocale.IsWelsh(locale);
        var card = new AdaptiveCard
        {
            Body = [new TextBlock(welsh ? HelpSummaryWelsh : HelpSummary) { Size = "Large", Weight = "Bolder" }],
        };
        if (welsh)
        {
            card.Body.Add(new TextBlock("Gofynnwch yn Gymraeg neu'n Saesneg: bydda i'n ateb yn Gymraeg i gwestiwn Cymraeg, ac yn dyfynnu'r polisi yn Saesneg, yr unig fersiwn sydd gan yr ysgol."));
        }

        if (entries.Length == 0)
        {
            card.Body.Add(new TextBlock(welsh ? "Teipiwch \"help\" unrhyw bryd i weld y cerdyn hwn." : "Type \"help\" at any time to see this card."));
        }

        foreach (var entry in entries)
        {
            var item = new Container { Spacing = "Medium", Items = [new TextBlock(entry.TitleIn(welsh)) { Weight = "Bolder" }, new TextBlock(entry.DescriptionIn(welsh))] };
            if (entry.ExampleIn(welsh) is { } example)
            {
                item.Items.Add(new TextBlock($"{(welsh ? "Teipiwch" : "Type")}: {CardText.Escape(example)}") { IsSubtle = true });
            }

            card.Body.Add(item);
        }

        var buttons = entries.Where(e => e.Verb is not null)
            .Select(e => (CardAction)new ExecuteAction { Title = e.TitleIn(welsh), Verb = e.Verb, Data = [] })
            .ToList();
        if (buttons.Count > 0)
        {
            card.Body.Add(new ActionSet { Actions = buttons, Spacing = "Large" });
        }

        return card;
    }

    /// <summary>The entries each <see cref="IPersonalHelpSource"/> offers this person now.</summary>
    /// Only in the person's own 1:1 chat: in a channel or group chat the help card is read by everyone there, and an entry
    /// such as "You confirmed … on …" is that person's own business.
    public static async Task<IReadOnlyList<HelpEntry>> PersonalEntriesAsync(IEnumerable<IPersonalHelpSource> sources, string? aadObjectId, bool inPersonalChat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var entries = new List<HelpEntry>();
        if (!inPersonalChat)
        {
            return entries;
        }

        foreach (var source in sources)
        {
            if (await source.EntryForAsync(aadObjectId, cancellationToken) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    public const string HelpSummary = "Cadoxton Policy Bot help";

    public const string HelpSummaryWelsh = "Help Bot Polisi Cadoxton";

    public AdaptiveCard Unrecognised(string? locale = null)
    {
        if (CardLocale.IsWelsh(locale))
        {
            return new AdaptiveCard
            {
                Body =
                [
                    new TextBlock("Sori, wnes i ddim deall hynny.") { Weight = "Bolder" },
                    new TextBlock("Dw i'n gallu helpu gyda pholisi cyfryngau cymdeithasol staff yr ysgol. Teipiwch \"help\" i weld popeth dw i'n gallu ei wneud."),
                ],
                Actions = [new ExecuteAction { Title = "Beth allwch chi ei wneud?", Verb = ShowHelpVerb, Data = [] }],
            };
        }

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
