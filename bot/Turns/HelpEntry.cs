namespace CadoxtonPolicyBot.Turns;

/// <summary>One thing the bot can do, as a feature describes it for the welcome and help cards.</summary>
/// <param name="Verb">The card verb a button sends; null for something done by typing only.</param>
/// <param name="Example">What to type, shown to the user.</param>
public sealed record HelpEntry(string Title, string Description, string? Verb, string? Example, int Order = 0);
