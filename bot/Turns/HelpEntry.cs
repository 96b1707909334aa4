namespace CadoxtonPolicyBot.Turns;

/// <summary>One thing the bot can do, as a feature describes it for the welcome and help cards.</summary>
/// <param name="Verb">The card verb a button sends; null for something done by typing only.</param>
/// <param name="Example">What to type, shown to the user.</param>
/// <param name="Welsh">The entry for a Welsh Teams client; without it a Welsh help card shows the English.</param>
public sealed record HelpEntry(string Title, string Description, string? Verb, string? Example, int Order = 0, HelpEntryWelsh? Welsh = null)
{
    public string TitleIn(bool welsh) => welsh && Welsh is not null ? Welsh.Title : Title;

    public string DescriptionIn(bool welsh) => welsh && Welsh is not null ? Welsh.Description : Description;

    public string? ExampleIn(bool welsh) => welsh && Welsh is not null ? Welsh.Example : Example;
}
