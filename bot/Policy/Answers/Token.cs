namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// A normalised word, the clause it sits in (for negation scope), whether it is inside a quoted draft, and whether it was
/// written with a capital inside a sentence (a name: "little Jack", "Mrs Price"), which the lower-cased text no longer shows.
/// <see cref="CapitalAfterBreak"/> marks a capital just after a colon, dash, bracket or quote ("teacher problems: Alfie…"):
/// there a capital may only open the phrase, so it is a name only to a check that must rule names out before a yes.
/// </summary>
internal readonly record struct Token(string Text, int Clause, bool InDraft, bool Capitalised = false, bool CapitalAfterBreak = false);
