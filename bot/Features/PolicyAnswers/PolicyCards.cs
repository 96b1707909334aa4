using System.Globalization;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>The feature's other cards: the whole policy, thanks, and the steps of asking the head teacher.</summary>
internal static class PolicyCards
{
    public const string ExpiredMessage = "That question has expired, please ask again.";
    public const string SendTitle = "Send";
    public const string DoNotSendTitle = "Don't send";
    public const string SendReplyTitle = "Send reply";
    public const string ReplyInputId = PolicyCardData.ReplyText;

    public const string ConsentText =
        "Your question will be sent privately to the head teacher, who will reply here. Only the head teacher can read it. " +
        "It is stored only until the head teacher answers, and deleted once answered.";

    /// <summary>The whole policy, section by section, in its own words.</summary>
    public static AdaptiveCard FullPolicy(PolicyDocument policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Staff social media policy") { Size = "Large", Weight = "Bolder" },
                new TextBlock("Cadoxton Primary School, the full text by section.") { IsSubtle = true, Spacing = "Small" },
            ],
        };
        foreach (var section in policy.Sections)
        {
            var title = TextBlock.Literal(section.Title);
            title.Weight = "Bolder";
            var text = TextBlock.Literal(section.Text);
            text.Spacing = "Small";
            card.Body.Add(new Container { Spacing = "Medium", Separator = true, Items = [title, text] });
        }

        var version = new TextBlock("Policy version " + policy.Version.Sha256Hex[..12]) { IsSubtle = true, Size = "Small", Spacing = "Large" };
        card.Body.Add(version);
        return card;
    }

    public static AdaptiveCard ThankYou(bool helpful) => new()
    {
        Body =
        [
            new TextBlock("Thank you for your feedback") { Weight = "Bolder" },
            new TextBlock(helpful
                ? "Glad it helped. Only the count of helpful answers is kept, never your question."
                : "Sorry it didn't help. Only the count is kept, never your question. You can ask again in other words, or type \"help\".")
            {
                Spacing = "Small",
            },
        ],
    };

    /// <summary>Asks before anything is passed on; the question rides in the buttons' data, in the asker's own chat.</summary>
    public static AdaptiveCard Consent(string question) => new()
    {
        Body =
        [
            new TextBlock("Ask the head teacher") { Size = "Medium", Weight = "Bolder" },
            new TextBlock(ConsentText),
            new TextBlock("Your question:") { IsSubtle = true, Spacing = "Medium" },
            TextBlock.Literal(question),
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = SendTitle,
                Verb = PolicyVerbs.SendToHeadTeacher,
                Style = "positive",
                Data = new JsonObject { [PolicyCardData.Question] = PolicyAnswerCard.Truncate(question) },
                AssociatedInputs = "none",
            },
            new ExecuteAction { Title = DoNotSendTitle, Verb = PolicyVerbs.DoNotSend, Data = [], AssociatedInputs = "none" },
        ],
    };

    public static AdaptiveCard Sent(bool deliveredNow) => new()
    {
        Body =
        [
            new TextBlock("Sent to the head teacher") { Weight = "Bolder", Color = "Good" },
            new TextBlock(deliveredNow
                ? "The head teacher has your question and will reply here. It will be deleted once answered."
                : "Your question is waiting for the head teacher, who will see it next time they check. The reply will come here, and the question will be deleted once answered.")
            {
                Spacing = "Small",
            },
        ],
    };

    public static AdaptiveCard NotSent() => new()
    {
        Body =
        [
            new TextBlock("Not sent") { Weight = "Bolder" },
            new TextBlock("Your question was not passed on and nothing was stored.") { Spacing = "Small" },
        ],
    };

    /// <summary>What a head teacher sees: the question, who asked, and a reply box. The card carries only the question's id.</summary>
    public static AdaptiveCard ForHeadTeacher(WaitingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock("A question for the head teacher") { Size = "Medium", Weight = "Bolder" },
                new FactSet
                {
                    Facts =
                    [
                        new Fact("From", CardText.Escape(question.AskerName)),
                        new Fact("Asked", question.AskedAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)),
                    ],
                },
                TextBlock.Literal(question.Question),
                new TextInput
                {
                    Id = ReplyInputId,
                    Label = "Your reply",
                    IsMultiline = true,
                    MaxLength = 4000,
                    IsRequired = true,
                    ErrorMessage = "Please write a reply.",
                    Spacing = "Medium",
                },
            ],
            Actions =
            [
                new ExecuteAction
                {
                    Title = SendReplyTitle,
                    Verb = PolicyVerbs.Reply,
                    Style = "positive",
                    Data = new JsonObject { [PolicyCardData.QuestionId] = question.Id.ToString("N") },
                    AssociatedInputs = "auto",
                },
            ],
        };
    }

    public static AdaptiveCard ReplySent(string askerName) => new()
    {
        Body =
        [
            new TextBlock("Reply sent") { Weight = "Bolder", Color = "Good" },
            new TextBlock($"Your reply was sent to {CardText.Escape(askerName)}. Their question has been deleted.") { Spacing = "Small" },
        ],
    };

    /// <summary>The reply as the asker receives it.</summary>
    public static AdaptiveCard ReplyToAsker(string reply) => new()
    {
        Body =
        [
            new TextBlock("The head teacher replied to your question:") { Weight = "Bolder" },
            TextBlock.Literal(reply),
            new TextBlock("Your question has now been deleted.") { IsSubtle = true, Spacing = "Medium" },
        ],
    };
}
