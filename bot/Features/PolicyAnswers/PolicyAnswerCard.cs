using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>
/// Lays a <see cref="PolicyAnswer"/> out as an Adaptive Card: the verdict in plain words and a colour, the question
/// echoed back, the policy's own words, the advice, and the buttons that fit. Everything a person typed and every
/// quote of the policy goes in through <see cref="TextBlock.Literal"/>, so nothing in them is read as Markdown.
/// </summary>
public static class PolicyAnswerCard
{
    public const string ReadPolicyTitle = "Read the full policy";
    public const string ReportConcernTitle = "Report a concern";
    public const string AskHeadTeacherTitle = "Ask the head teacher";
    public const string HelpfulTitle = "Helpful";
    public const string NotHelpfulTitle = "Not helpful";

    public const string ShowPolicyWordsTitle = "Show the policy's words";
    public const string ShowPolicyWordsTitleWelsh = "Dangos geiriau'r polisi";
    public const string PolicyWordsId = "policy-words";

    /// <summary>The verdict as a headline in the answer's language, and an Adaptive Card colour.</summary>
    public static (string Text, string Color) Headline(Verdict verdict, AnswerLanguage language) =>
        language == AnswerLanguage.Welsh ? (WelshAnswers.Headline(verdict), Headline(verdict).Color) : Headline(verdict);

    /// <summary>The verdict as a headline and an Adaptive Card colour.</summary>
    public static (string Text, string Color) Headline(Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => ("Not allowed", "Attention"),
        Verdict.AllowedWithCare => ("Allowed, with care", "Warning"),
        Verdict.Depends => ("It depends", "Warning"),
        Verdict.Allowed => ("Allowed", "Good"),
        Verdict.Info => ("What the policy says", "Accent"),
        Verdict.ReportConcern => ("You can report this privately", "Accent"),
        Verdict.OutOfScope => ("Not covered by the policy", "Default"),
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <param name="answer">The engine's answer.</param>
    /// <param name="question">What the person asked, echoed back; null when the answer follows a button press (the question is not kept).</param>
    /// <param name="chosen">The option the person chose for a follow-up, shown so the final answer reads on its own.</param>
    /// <param name="offerQuestion">The question to carry in "Ask the head teacher" (1:1 chats only); by default the echoed question.</param>
    public static AdaptiveCard Build(PolicyAnswer answer, string? question, string? chosen = null, string? offerQuestion = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (headline, color) = Headline(answer.Verdict, answer.Language);
        var card = new AdaptiveCard
        {
            Body = [new TextBlock(headline) { Size = "Large", Weight = "Bolder", Color = color }],
        };

        if (!string.IsNullOrWhiteSpace(question))
        {
            card.Body.Add(new TextBlock("You asked:") { IsSubtle = true, Spacing = "Small" });
            card.Body.Add(TextBlock.Literal(question));
        }

        if (chosen is not null)
        {
            card.Body.Add(new FactSet { Facts = [new Fact("Your answer", CardText.Escape(chosen))] });
        }

        // Answer first on a phone: the verdict, the plain answer, what to do; the policy's words behind a toggle.
        card.Body.Add(Literal(answer.Summary, spacing: "Medium"));
        AddFollowUp(card, answer);
        AddAdvice(card, answer);
        AddQuotes(card, answer);
        AddFeedback(card, answer);
        card.Actions = Actions(answer, offerQuestion ?? question);
        return card;
    }

    /// <summary>
    /// The text Teams shows in notifications and where cards cannot be drawn: the plain answer, unless it repeats any
    /// of the question's words in a row (a quoted draft), in which case only the headline.
    /// </summary>
    public static string SummaryText(PolicyAnswer answer, string? question)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (question is null || question.Length == 0 || !Echoes(answer.Text, question.Length > PolicyAnswerEngine.MaxQuestionChars ? question[..PolicyAnswerEngine.MaxQuestionChars] : question))
        {
            return answer.Text;
        }

        return Echoes(answer.Summary, question) ? Headline(answer.Verdict).Text : answer.Summary;
    }

    private static void AddFollowUp(AdaptiveCard card, PolicyAnswer answer)
    {
        if (answer.FollowUp is not { } followUp)
        {
            return;
        }

        card.Body.Add(Literal(followUp.Question, spacing: "Medium", weight: "Bolder"));
        var buttons = new List<CardAction>();
        if (answer.Interpretations is { Count: > 0 } readings)
        {
            card.Body.Add(new TextBlock("Did you mean…") { IsSubtle = true, Spacing = "Small" });
            buttons.AddRange(readings.Select(r => FollowUpButton(r.OptionId, r.Label)));
        }
        else
        {
            buttons.AddRange(followUp.Options.Select(o => FollowUpButton(o.Id, o.Label)));
        }

        card.Body.Add(new ActionSet { Actions = buttons });
    }

    private static ExecuteAction FollowUpButton(string optionId, string label) => new()
    {
        Title = label,
        Verb = PolicyVerbs.FollowUp,
        Data = new JsonObject { [PolicyCardData.OptionId] = optionId },
        AssociatedInputs = "none",
    };

    private static void AddQuotes(AdaptiveCard card, PolicyAnswer answer)
    {
        if (answer.Quotes.Count == 0)
        {
            return;
        }

        var welsh = answer.Language == AnswerLanguage.Welsh;
        card.Body.Add(new ActionSet
        {
            Spacing = "Large",
            Separator = true,
            Actions = [new ToggleVisibilityAction { Title = welsh ? ShowPolicyWordsTitleWelsh : ShowPolicyWordsTitle, TargetElements = [PolicyWordsId] }],
        });
        var words = new Container { Id = PolicyWordsId, IsVisible = false, Spacing = "Small" };
        words.Items.Add(new TextBlock(welsh ? WelshAnswers.QuotedInEnglish : "The policy says") { Weight = "Bolder" });
        foreach (var quote in answer.Quotes)
        {
            words.Items.Add(new Container
            {
                Spacing = "Medium",
                Items =
                [
                    Literal(quote.Title, weight: "Bolder"),
                    Literal(quote.Text, spacing: "Small"),
                ],
            });
        }

        card.Body.Add(words);
    }

    private static void AddAdvice(AdaptiveCard card, PolicyAnswer answer)
    {
        if (answer.Advice.Count == 0)
        {
            return;
        }

        var welsh = answer.Language == AnswerLanguage.Welsh;
        var heading = welsh
            ? (answer.Verdict == Verdict.NotAllowed ? WelshAnswers.WhatToDoInstead : WelshAnswers.WhatToDo).TrimEnd(':')
            : answer.Verdict == Verdict.NotAllowed ? "What to do instead" : "What to do";
        card.Body.Add(new TextBlock(heading) { Weight = "Bolder", Spacing = "Large", Separator = true });
        foreach (var line in answer.Advice)
        {
            card.Body.Add(new TextBlock("• " + CardText.Escape(line)) { Spacing = "Small" });
        }
    }

    private static void AddFeedback(AdaptiveCard card, PolicyAnswer answer)
    {
        card.Body.Add(new TextBlock("Was this answer helpful?") { IsSubtle = true, Spacing = "Large", Separator = true });
        card.Body.Add(new ActionSet
        {
            Spacing = "Small",
            Actions =
            [
                FeedbackButton(HelpfulTitle, answer.Verdict, helpful: true),
                FeedbackButton(NotHelpfulTitle, answer.Verdict, helpful: false),
            ],
        });
    }

    private static ExecuteAction FeedbackButton(string title, Verdict verdict, bool helpful) => new()
    {
        Title = title,
        Verb = PolicyVerbs.Feedback,
        Data = new JsonObject { [PolicyCardData.Verdict] = verdict.ToWireName(), [PolicyCardData.Helpful] = helpful },
        AssociatedInputs = "none",
    };

    private static List<CardAction> Actions(PolicyAnswer answer, string? question)
    {
        var actions = new List<CardAction>
        {
            new ExecuteAction { Title = ReadPolicyTitle, Verb = PolicyVerbs.Read, Data = [], AssociatedInputs = "none" },
        };
        if (answer.OfferConcern)
        {
            actions.Add(new ExecuteAction { Title = ReportConcernTitle, Verb = PolicyVerbs.StartConcern, Data = [], AssociatedInputs = "none" });
        }

        // The question goes with the button only so the consent card can show it; nothing is stored unless "Send" is pressed.
        if ((answer.OfferHeadTeacher || answer.Verdict == Verdict.OutOfScope) && !string.IsNullOrWhiteSpace(question))
        {
            actions.Add(new ExecuteAction
            {
                Title = AskHeadTeacherTitle,
                Verb = PolicyVerbs.AskHeadTeacher,
                Data = new JsonObject { [PolicyCardData.Question] = Truncate(question) },
                AssociatedInputs = "none",
            });
        }

        return actions;
    }

    internal static string Truncate(string question) =>
        question.Length > PassedOnQuestions.MaxQuestionLength ? question[..PassedOnQuestions.MaxQuestionLength] : question;

    private static TextBlock Literal(string text, string? spacing = null, string? weight = null)
    {
        var block = TextBlock.Literal(text);
        block.Spacing = spacing;
        block.Weight = weight;
        return block;
    }

    // Any four words of the question in a row (or the whole of a shorter one) found in the text.
    private static bool Echoes(string text, string question)
    {
        var words = Words(question);
        if (words.Count == 0)
        {
            return false;
        }

        var haystack = " " + string.Join(' ', Words(text)) + " ";
        var run = Math.Min(4, words.Count);
        for (var i = 0; i + run <= words.Count; i++)
        {
            if (haystack.Contains(" " + string.Join(' ', words.Skip(i).Take(run)) + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(string text) =>
        [.. Turns.MessageText.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
