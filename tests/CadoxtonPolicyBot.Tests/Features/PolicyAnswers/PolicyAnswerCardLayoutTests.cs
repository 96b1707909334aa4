using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Tests.Features.PolicyAnswers;

/// <summary>Issue 13.11 and issue 10 item 5: answer first on a phone, the policy's words behind a toggle; Welsh chrome.</summary>
public sealed class PolicyAnswerCardLayoutTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Fact]
    public void The_verdict_the_answer_and_what_to_do_come_before_the_policys_words_which_are_hidden_behind_a_toggle()
    {
        var card = JsonSerializer.SerializeToNode(PolicyAnswerCard.Build(Engine.Answer("Can I post photos of my class on Facebook?"), null), CardJson.Options)!;
        var body = card["body"]!.AsArray();
        var texts = body.Select(e => e?["text"]?.GetValue<string>()).ToList();
        var advice = texts.FindIndex(t => t == "What to do instead");
        var toggle = body.Select((e, i) => (e, i)).First(x => x.e?["type"]?.GetValue<string>() == "ActionSet"
            && x.e["actions"]![0]!["type"]!.GetValue<string>() == "Action.ToggleVisibility").i;
        var words = body.Select((e, i) => (e, i)).First(x => x.e?["id"]?.GetValue<string>() == PolicyAnswerCard.PolicyWordsId);
        Assert.True(advice > 0 && toggle > advice && words.i > toggle);
        Assert.False(words.e!["isVisible"]!.GetValue<bool>());
        Assert.Equal(PolicyAnswerCard.PolicyWordsId, body[toggle]!["actions"]![0]!["targetElements"]![0]!.GetValue<string>());
    }

    [Fact]
    public void A_Welsh_answer_card_has_a_Welsh_headline_and_says_the_policy_is_quoted_in_English()
    {
        var answer = Engine.Answer("Ga i roi lluniau o'r plant ar fy Facebook i?");
        var json = JsonSerializer.SerializeToNode(PolicyAnswerCard.Build(answer, null), CardJson.Options)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Ddim yn cael", json, StringComparison.Ordinal);
        Assert.Contains(PolicyAnswerCard.ShowPolicyWordsTitleWelsh, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_and_help_follow_a_Welsh_Teams_locale()
    {
        var cards = new HelpCards([]);
        Assert.Contains("Croeso", JsonSerializer.Serialize(cards.Welcome("cy-GB"), CardJson.Options), StringComparison.Ordinal);
        Assert.Contains("Help Bot Polisi Cadoxton", JsonSerializer.Serialize(cards.Help("cy-GB"), CardJson.Options), StringComparison.Ordinal);
        Assert.DoesNotContain("Croeso", JsonSerializer.Serialize(cards.Welcome("en-GB"), CardJson.Options), StringComparison.Ordinal);
    }
}
