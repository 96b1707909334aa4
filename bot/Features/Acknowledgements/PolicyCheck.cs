namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>One question of the short check: each choice is plain English; the explanation quotes the section it rests on.</summary>
public sealed record CheckQuestion(string Id, string SectionId, string Question, IReadOnlyList<(string Value, string Title)> Choices, string Correct, string Explanation);

/// <summary>A wrong answer and what the policy actually says.</summary>
public sealed record CheckMistake(CheckQuestion Question, string SectionTitle, string SectionText);

/// <summary>
/// The optional short check before acknowledging: three questions, each drawn from a numbered Procedure item, so a
/// wrong answer can always be explained by quoting the policy itself.
/// </summary>
public sealed class PolicyCheck(IPolicyText policy)
{
    public const string InputPrefix = "check.";

    public static readonly IReadOnlyList<CheckQuestion> Questions =
    [
        new("school-it", "1",
            "May you look at your own social media on a school computer during your lunch break?",
            [("yes-breaks", "Yes, in breaks"), ("no", "No, not at any time"), ("ask", "Yes, if a colleague agrees")],
            "no",
            "The policy says employees must not use the school's IT system for private social media at any time, breaks included."),
        new("pupils", "8",
            "A pupil sends you a message on a social networking site. What does the policy expect?",
            [("reply-kindly", "Reply briefly and kindly"), ("no-dialogue", "Do not enter into personal dialogue with the pupil"), ("reply-public", "Reply only in public comments")],
            "no-dialogue",
            "Staff should not enter into personal dialogue with pupils on social networking sites."),
        new("home", "9",
            "Do the rules apply to what you post from home, in your own time?",
            [("no", "No, only to posts made at school"), ("yes", "Yes, equally"), ("working-hours", "Only during working hours")],
            "yes",
            "The principles apply equally to posts from home or other personal computers, in or out of working hours."),
    ];

    public IReadOnlyList<CheckQuestion> All => Questions;

    /// <summary>The mistakes in the submitted answers (input ids "check.{question id}"); empty when all are right.</summary>
    public IReadOnlyList<CheckMistake> Mark(Func<string, string?> answerFor)
    {
        ArgumentNullException.ThrowIfNull(answerFor);
        var mistakes = new List<CheckMistake>();
        foreach (var question in Questions)
        {
            if (!string.Equals(answerFor(InputPrefix + question.Id)?.Trim(), question.Correct, StringComparison.Ordinal))
            {
                var section = policy.Sections.FirstOrDefault(s => s.Id == question.SectionId);
                mistakes.Add(new CheckMistake(question, section.Title ?? question.SectionId, section.Text ?? string.Empty));
            }
        }

        return mistakes;
    }
}
