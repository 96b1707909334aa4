using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Features.PolicyAnswers;

/// <summary>The answer card as Teams receives it: JSON, read the way a renderer would.</summary>
public sealed class PolicyAnswerCardTests
{
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();
    private static readonly PolicyAnswerEngine Engine = new(Policy);

    private const string NotAllowedQuestion = "Can I go on Facebook on the school computer during lunch?";
    private const string DependsQuestion = "Can I post photos from the school trip?";

    [Fact]
    public void A_question_with_markdown_and_tags_is_shown_literally_never_as_markup()
    {
        const string question = "Can I post **bold** [link](http://x) <at>x</at> on Facebook?";
        var card = Json(PolicyAnswerCard.Build(Engine.Answer(question), question));

        var texts = TextBlocks(card);
        Assert.Contains(@"Can I post \*\*bold\*\* \[link\](http://x) \<at\>x\</at\> on Facebook?", texts);
        Assert.DoesNotContain(texts, t => t.Contains("**bold**", StringComparison.Ordinal) || t.Contains("[link]", StringComparison.Ordinal) || t.Contains("<at>", StringComparison.Ordinal));
        // The question can only ever be a property value: it added no element of its own.
        const string plain = "Can I post bold link x on Facebook?";
        Assert.Equal(TextBlocks(Json(PolicyAnswerCard.Build(Engine.Answer(question), plain))).Count, texts.Count);
    }

    [Fact]
    public void A_not_allowed_answer_has_an_attention_headline_the_quoted_section_word_for_word_and_advice()
    {
        var answer = Engine.Answer(NotAllowedQuestion);
        var card = Json(PolicyAnswerCard.Build(answer, NotAllowedQuestion));

        var headline = card["body"]![0]!;
        Assert.Equal("Not allowed", headline["text"]!.GetValue<string>());
        Assert.Equal("Attention", headline["color"]!.GetValue<string>());
        var texts = TextBlocks(card);
        var quote = Assert.Single(answer.Quotes);
        Assert.Equal("1", quote.SectionId);
        Assert.Contains("Procedure 1", texts);
        var shown = Assert.Single(texts, t => Unescape(t) == quote.Text);
        Assert.Contains(Unescape(shown), Policy.Text, StringComparison.Ordinal);
        Assert.Contains("What to do instead", texts);
        Assert.All(answer.Advice, line => Assert.Contains(texts, t => Unescape(t) == "• " + line));
    }

    [Fact]
    public void Every_quote_of_a_multi_section_answer_is_the_policy_text_exactly()
    {
        var answer = Engine.Show([]);
        var texts = TextBlocks(Json(PolicyAnswerCard.Build(answer, "show the policy")));

        Assert.Equal(Policy.Sections.Count, answer.Quotes.Count);
        foreach (var section in Policy.Sections)
        {
            Assert.Contains(texts, t => Unescape(t) == section.Text);
        }
    }

    [Fact]
    public void Every_answer_offers_the_full_policy_and_helpful_or_not_helpful_with_only_the_verdict_in_the_data()
    {
        var card = Json(PolicyAnswerCard.Build(Engine.Answer(NotAllowedQuestion), NotAllowedQuestion));

        var read = Assert.Single(Actions(card), a => a["title"]!.GetValue<string>() == PolicyAnswerCard.ReadPolicyTitle);
        Assert.Equal("Action.Execute", read["type"]!.GetValue<string>());
        Assert.Equal(PolicyVerbs.Read, read["verb"]!.GetValue<string>());
        var helpful = Assert.Single(Actions(card), a => a["title"]!.GetValue<string>() == PolicyAnswerCard.HelpfulTitle);
        var notHelpful = Assert.Single(Actions(card), a => a["title"]!.GetValue<string>() == PolicyAnswerCard.NotHelpfulTitle);
        Assert.Equal(PolicyVerbs.Feedback, helpful["verb"]!.GetValue<string>());
        Assert.Equal("""{"verdict":"not_allowed","helpful":true}""", helpful["data"]!.ToJsonString());
        Assert.Equal("""{"verdict":"not_allowed","helpful":false}""", notHelpful["data"]!.ToJsonString());
        Assert.DoesNotContain(Actions(card), a => a["title"]!.GetValue<string>() is PolicyAnswerCard.AskHeadTeacherTitle or PolicyAnswerCard.ReportConcernTitle);
    }

    [Fact]
    public void A_depends_answer_asks_the_deciding_question_with_one_button_per_option()
    {
        var answer = Engine.Answer(DependsQuestion);
        Assert.Equal(Verdict.Depends, answer.Verdict);
        var card = Json(PolicyAnswerCard.Build(answer, DependsQuestion));

        Assert.Equal("It depends", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Warning", card["body"]![0]!["color"]!.GetValue<string>());
        Assert.Contains(TextBlocks(card), t => Unescape(t) == answer.FollowUp!.Question);
        var buttons = Actions(card).Where(a => a["verb"]?.GetValue<string>() == PolicyVerbs.FollowUp).ToList();
        Assert.Equal(answer.FollowUp!.Options.Select(o => o.Label), buttons.Select(b => b["title"]!.GetValue<string>()));
        Assert.Equal(answer.FollowUp.Options.Select(o => o.Id), buttons.Select(b => b["data"]!["optionId"]!.GetValue<string>()));
    }

    [Fact]
    public void Did_you_mean_readings_are_buttons_that_resolve_the_same_way()
    {
        const string question = "Can I post pictures of my kids from sports day?";
        var answer = Engine.Answer(question);
        Assert.NotNull(answer.Interpretations);
        var card = Json(PolicyAnswerCard.Build(answer, question));

        Assert.Contains("Did you mean…", TextBlocks(card));
        var buttons = Actions(card).Where(a => a["verb"]?.GetValue<string>() == PolicyVerbs.FollowUp).ToList();
        Assert.Equal(answer.Interpretations.Select(i => i.OptionId), buttons.Select(b => b["data"]!["optionId"]!.GetValue<string>()));
    }

    [Fact]
    public void An_out_of_scope_answer_offers_to_ask_the_head_teacher_carrying_the_question_for_the_consent_card()
    {
        const string question = "What's the weather tomorrow?";
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.OutOfScope, answer.Verdict);
        var card = Json(PolicyAnswerCard.Build(answer, question));

        var ask = Assert.Single(Actions(card), a => a["title"]!.GetValue<string>() == PolicyAnswerCard.AskHeadTeacherTitle);
        Assert.Equal(PolicyVerbs.AskHeadTeacher, ask["verb"]!.GetValue<string>());
        Assert.Equal(question, ask["data"]!["question"]!.GetValue<string>());
        Assert.Equal("Not covered by the policy", card["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_wish_to_report_someone_offers_the_concern_flow_with_empty_data()
    {
        const string question = "A parent is writing horrible things about me online. Who do I tell?";
        var answer = Engine.Answer(question);
        Assert.True(answer.OfferConcern);
        var card = Json(PolicyAnswerCard.Build(answer, question));

        var concern = Assert.Single(Actions(card), a => a["title"]!.GetValue<string>() == PolicyAnswerCard.ReportConcernTitle);
        Assert.Equal("concern.start", concern["verb"]!.GetValue<string>());
        Assert.Equal("{}", concern["data"]!.ToJsonString());
    }

    [Theory]
    [InlineData(Verdict.NotAllowed, "Not allowed", "Attention")]
    [InlineData(Verdict.AllowedWithCare, "Allowed, with care", "Warning")]
    [InlineData(Verdict.Depends, "It depends", "Warning")]
    [InlineData(Verdict.Allowed, "Allowed", "Good")]
    public void Verdicts_are_headlined_in_plain_words_and_a_colour(Verdict verdict, string text, string color) =>
        Assert.Equal((text, color), PolicyAnswerCard.Headline(verdict));

    [Fact]
    public void An_answer_given_after_a_button_press_echoes_no_question_and_shows_the_chosen_option()
    {
        var pending = Engine.Answer(DependsQuestion).Pending!;
        var final = Engine.Resolve(pending, pending.OptionIds[0]);
        var card = Json(PolicyAnswerCard.Build(final, question: null, chosen: "Yes, pupils can be identified"));

        Assert.DoesNotContain("You asked:", TextBlocks(card));
        Assert.Contains("Yes, pupils can be identified", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Actions(card), a => a["title"]!.GetValue<string>() == PolicyAnswerCard.AskHeadTeacherTitle);
    }

    [Fact]
    public void The_notification_summary_is_the_plain_answer_unless_it_repeats_the_question()
    {
        var answer = Engine.Answer(NotAllowedQuestion);
        Assert.Equal(answer.Text, PolicyAnswerCard.SummaryText(answer, NotAllowedQuestion));

        var echoing = answer with { Text = answer.Summary + " You asked: " + NotAllowedQuestion };
        var summary = PolicyAnswerCard.SummaryText(echoing, NotAllowedQuestion);
        Assert.DoesNotContain("school computer during lunch", summary, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(summary));
    }

    [Fact]
    public void The_card_is_adaptive_card_1_5()
    {
        var card = Json(PolicyAnswerCard.Build(Engine.Answer(NotAllowedQuestion), NotAllowedQuestion));
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    private static JsonNode Json(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, CardJson.Options)!;

    internal static List<string> TextBlocks(JsonNode node)
    {
        var texts = new List<string>();
        Walk(node, n =>
        {
            if (n["type"]?.GetValue<string>() == "TextBlock")
            {
                texts.Add(n["text"]!.GetValue<string>());
            }
        });
        return texts;
    }

    internal static List<JsonObject> Actions(JsonNode node)
    {
        var actions = new List<JsonObject>();
        Walk(node, n =>
        {
            if (n["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal))
            {
                actions.Add(n);
            }
        });
        return actions;
    }

    /// <summary>What a Markdown renderer shows for escaped text: the backslashes go.</summary>
    internal static string Unescape(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && !char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static void Walk(JsonNode node, Action<JsonObject> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                visit(obj);
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Walk(child, visit);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        Walk(item, visit);
                    }
                }

                break;
        }
    }
}
