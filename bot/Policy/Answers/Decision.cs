namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>The engine's reasoning before it is written up: verdict, sections, reasons and advice.</summary>
internal sealed record Decision(
    Verdict Verdict,
    IReadOnlyList<Citation> Cites,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Advice,
    DecidingQuestion? Ask = null,
    IReadOnlyList<Interpretation>? Interpretations = null,
    bool OfferConcern = false,
    bool OfferHeadTeacher = false,
    IReadOnlyList<string>? RuleNames = null,
    IReadOnlyList<PartAnswer>? Parts = null);

/// <summary>The answer to one half of a two-part question.</summary>
internal sealed record PartAnswer(Verdict Verdict, string Reason, string? RuleName);
