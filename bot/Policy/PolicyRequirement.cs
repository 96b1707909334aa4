namespace CadoxtonPolicyBot.Policy;

/// <summary>Something in the bot that relies on the policy: a section and, when it quotes or restates them, its words.</summary>
/// <param name="Words">Words the section must still contain, exactly; null when only the section must exist.</param>
/// <param name="UsedBy">What relies on it, as a head teacher or developer would look for it ("the answer rule …").</param>
public sealed record PolicyRequirement(string SectionId, string? Words, string UsedBy);

/// <summary>A section and the words in it that a summary line or a check question stands for.</summary>
public sealed record PolicyWords(string SectionId, string Words);
