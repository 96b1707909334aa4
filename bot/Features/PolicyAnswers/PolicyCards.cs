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

    public const string ConsentTextWelsh =
        "Bydd eich cwestiwn yn cael ei anfon yn breifat at y pennaeth, a fydd yn ateb yma. Dim ond y pennaeth sy'n gallu ei ddarllen. " +
        "Mae'n cael ei gadw dim ond nes i'r pennaeth ateb, ac yn cael ei ddileu ar ôl ei ateb.";

    /// <summary>The whole policy, section by section, in its own words (English, the school's only text; a Welsh card says so).</summary>
    public static AdaptiveCard FullPolicy(PolicyDocument policy, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock(language.Say("Staff social media policy", "Polisi cyfryngau cymdeithasol y staff")) { Size = "Large", Weight = "Bolder" },
                new TextBlock(language.Say("Cadoxton Primary School, the full text by section.",
                    "Ysgol Gynradd Cadoxton, y testun llawn fesul adran. Mae'r polisi yn Saesneg: dyna'r unig fersiwn sydd gan yr ysgol.")) { IsSubtle = true, Spacing = "Small" },
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

        var version = new TextBlock(language.Say("Policy version ", "Fersiwn y polisi ") + policy.Version.Sha256Hex[..12]) { IsSubtle = true, Size = "Small", Spacing = "Large" };
        card.Body.Add(version);
        return card;
    }

    public static AdaptiveCard ThankYou(bool helpful, CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(language.Say("Thank you for your feedback", "Diolch am eich adborth")) { Weight = "Bolder" },
            new TextBlock(helpful
                ? language.Say("Glad it helped. Only the count of helpful answers is kept, never your question.",
                    "Dw i'n falch ei fod wedi helpu. Dim ond nifer yr atebion defnyddiol sy'n cael ei gadw, byth eich cwestiwn.")
                : language.Say("Sorry it didn't help. Only the count is kept, never your question. You can ask again in other words, or type \"help\".",
                    "Mae'n ddrwg gen i nad oedd e'n help. Dim ond y nifer sy'n cael ei gadw, byth eich cwestiwn. Gallwch chi ofyn eto mewn geiriau eraill, neu deipio \"help\"."))
            {
                Spacing = "Small",
            },
        ],
    };

    /// <summary>Asks before anything is passed on; the question rides in the buttons' data, in the asker's own chat.</summary>
    public static AdaptiveCard Consent(string question, CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(AskTitle(language)) { Size = "Medium", Weight = "Bolder" },
            new TextBlock(language.Say(ConsentText, ConsentTextWelsh)),
            new TextBlock(language.Say("Your question:", "Eich cwestiwn:")) { IsSubtle = true, Spacing = "Medium" },
            TextBlock.Literal(question),
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = language.Say(SendTitle, "Anfon"),
                Verb = PolicyVerbs.SendToHeadTeacher,
                Style = "positive",
                Data = new JsonObject { [PolicyCardData.Question] = PolicyAnswerCard.Truncate(question) },
                AssociatedInputs = "none",
            },
            new ExecuteAction { Title = language.Say(DoNotSendTitle, "Peidio ag anfon"), Verb = PolicyVerbs.DoNotSend, Data = [], AssociatedInputs = "none" },
        ],
    };

    public static string AskTitle(CardLanguage language) => language.Say("Ask the head teacher", "Gofyn i'r pennaeth");

    public static AdaptiveCard Sent(bool deliveredNow, CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(language.Say("Sent to the head teacher", "Wedi'i anfon at y pennaeth")) { Weight = "Bolder", Color = "Good" },
            new TextBlock(deliveredNow
                ? language.Say("The head teacher has your question and will reply here. It will be deleted once answered.",
                    "Mae gan y pennaeth eich cwestiwn, a bydd yn ateb yma. Bydd yn cael ei ddileu ar ôl ei ateb.")
                : language.Say("Your question is waiting for the head teacher, who will see it next time they check. The reply will come here, and the question will be deleted once answered.",
                    "Mae'ch cwestiwn yn aros am y pennaeth, a fydd yn ei weld y tro nesaf y bydd yn edrych. Bydd yr ateb yn dod yma, a bydd y cwestiwn yn cael ei ddileu ar ôl ei ateb."))
            {
                Spacing = "Small",
            },
        ],
    };

    public static AdaptiveCard NotSent(CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(language.Say("Not sent", "Heb ei anfon")) { Weight = "Bolder" },
            new TextBlock(language.Say("Your question was not passed on and nothing was stored.",
                "Chafodd eich cwestiwn ddim ei anfon ymlaen, a does dim byd wedi'i gadw.")) { Spacing = "Small" },
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

    /// <summary>The reply as the asker receives it (the head teacher's own words, in the language they wrote them).</summary>
    public static AdaptiveCard ReplyToAsker(string reply, CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(language.Say("The head teacher replied to your question:", "Mae'r pennaeth wedi ateb eich cwestiwn:")) { Weight = "Bolder" },
            TextBlock.Literal(reply),
            new TextBlock(language.Say("Your question has now been deleted.", "Mae'ch cwestiwn wedi'i ddileu nawr.")) { IsSubtle = true, Spacing = "Medium" },
        ],
    };

    public static string ReplySummary(CardLanguage language) =>
        language.Say("The head teacher replied to your question", "Mae'r pennaeth wedi ateb eich cwestiwn");
}
