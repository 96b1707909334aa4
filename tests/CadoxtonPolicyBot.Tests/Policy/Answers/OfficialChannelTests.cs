using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>The school's own channel is the one a yes about school business rests on; a broken one is not being used.</summary>
public sealed class OfficialChannelTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("my school account is playing up so can i message the parents from my personal gmail")]
    [InlineData("the school facebook page is down, is it ok to put the trip news on my own facebook instead")]
    [InlineData("I'm locked out of the school twitter, can I tweet the sports results from mine")]
    public void A_school_channel_that_is_broken_is_not_the_channel_used_and_gets_no_official_yes(string question)
    {
        Assert.False(FactExtractor.Extract(question).OfficialChannel);
        Assert.DoesNotContain("official-channel-post", Engine.Decide(FactExtractor.Extract(question)).RuleNames ?? []);
    }

    [Fact]
    public void A_working_school_channel_is_still_the_schools_own()
    {
        Assert.True(FactExtractor.Extract("can I put the trip news on the school facebook page").OfficialChannel);
    }

    [Theory]
    [InlineData("can I run the PTA facebook page from the school laptop, it's for the school really")]
    [InlineData("is it ok to post on behalf of the PTA from the office PC about the quiz night")]
    public void The_ptas_page_is_not_the_schools_channel_so_the_schools_computers_are_not_for_it(string question)
    {
        Assert.False(FactExtractor.Extract(question).OfficialChannel);
        Assert.DoesNotContain(Engine.Answer(question).Verdict, new[] { Verdict.Allowed, Verdict.AllowedWithCare });
    }
}
