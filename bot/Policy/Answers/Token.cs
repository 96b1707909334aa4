namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>A normalised word, the clause it sits in (for negation scope) and whether it is inside a quoted draft.</summary>
internal readonly record struct Token(string Text, int Clause, bool InDraft);
