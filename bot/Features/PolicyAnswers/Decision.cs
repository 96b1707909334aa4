namespace CadoxtonPolicyBot.Features.PolicyAnswers;

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
    IReadOnlyList<string>? RuleNames = null);
