using CadoxtonPolicyBot.Policy;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>A wrong answer and what the policy actually says.</summary>
public sealed record CheckMistake(CheckQuestion Question, string SectionTitle, string SectionText);

/// <summary>
/// Marks the optional short check before acknowledging: the policy's three questions (the kernel's), each drawn from
/// a numbered Procedure item, so a wrong answer can always be explained by quoting the policy itself.
/// </summary>
public sealed class PolicyCheck(PolicyDocument policy)
{
    public const string InputPrefix = "check.";

    public IReadOnlyList<CheckQuestion> All => policy.CheckQuestions;

    /// <summary>The mistakes in the submitted answers (input ids "check.{question id}"); empty when all are right.</summary>
    public IReadOnlyList<CheckMistake> Mark(Func<string, string?> answerFor)
    {
        ArgumentNullException.ThrowIfNull(answerFor);
        var mistakes = new List<CheckMistake>();
        foreach (var question in policy.CheckQuestions)
        {
            if (!string.Equals(answerFor(InputPrefix + question.Id)?.Trim(), question.Correct, StringComparison.Ordinal))
            {
                var section = policy[question.SectionId];
                mistakes.Add(new CheckMistake(question, section.Title, section.Text));
            }
        }

        return mistakes;
    }
}
