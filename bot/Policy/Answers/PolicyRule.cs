namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>A section a rule rests on; <paramref name="Focus"/> picks the sentence of a long section to quote.</summary>
internal sealed record Citation(string SectionId, string? Focus = null);

internal sealed record DecidingQuestion(string Question, IReadOnlyList<FollowUpOption> Options);

/// <summary>One general rule about the policy's concepts: when the facts match, the verdict, its sections and advice.</summary>
internal sealed record PolicyRule(
    string Name,
    Verdict Verdict,
    Func<QuestionFacts, bool> When,
    IReadOnlyList<Citation> Cites,
    string Why,
    IReadOnlyList<string> Advice,
    DecidingQuestion? Ask = null);
