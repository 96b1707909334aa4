namespace CadoxtonPolicyBot.Turns;

/// <summary>A help entry's words for a Welsh Teams client; <paramref name="Example"/> is what to type, which the bot understands.</summary>
public sealed record HelpEntryWelsh(string Title, string Description, string? Example);
