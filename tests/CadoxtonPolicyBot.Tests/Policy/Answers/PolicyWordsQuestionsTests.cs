using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 8 of issue 10: questions about the policy's own words. A quotation of the policy is not a post being drafted, and
/// "what does … mean" asks what the policy says, however many words stand between. The wordings are written for these tests.
/// </summary>
public sealed class PolicyWordsQuestionsTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("what does 'bring the school into disrepute' actually mean, like what counts")]
    [InlineData("what does disrepute really mean in practice")]
    [InlineData("what does \"derogatory\" mean here")]
    [InlineData("the policy says 'could bring the School or Council into disrepute' - who decides that?")]
    public void A_question_about_what_the_policys_words_mean_is_answered_as_information(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
    }

    [Fact]
    public void The_meaning_of_disrepute_is_answered_from_item_4()
    {
        Assert.Contains("4", Engine.Answer("what does 'bring the school into disrepute' actually mean").SectionIds);
    }

    [Theory]
    [InlineData("can I post a meme that says 'teachers are idiots'")]
    [InlineData("can i put 'the head is clueless' on my story")]
    [InlineData("can I post \"our school is a joke\" on facebook")]
    public void Words_quoted_as_a_post_are_still_the_post_being_asked_about(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    [InlineData("what does it mean if I posted a photo of a pupil")]
    [InlineData("what does it mean for me if i put pics of my class on insta")]
    public void What_it_means_if_I_did_something_is_about_the_case_not_the_words(string question)
    {
        var answer = Engine.Answer(question);
        Assert.NotEqual(Verdict.Info, answer.Verdict);
        Assert.NotEqual(Verdict.Allowed, answer.Verdict);
        Assert.NotEqual(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Theory]
    [InlineData("can i post that we got a great estyn result? report isnt published till next month but they gave us the verbal feedback")]
    [InlineData("can I post our great estyn result before the report comes out")]
    [InlineData("we got good in everything! can i put it on fb, the report hasnt been published yet")]
    public void An_inspection_result_not_yet_published_is_confidential_and_its_report_is_a_document_not_a_concern(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Fact]
    public void A_published_inspection_report_can_still_be_shared()
    {
        Assert.True(Permits.IsPermit(Engine.Answer("can i share our estyn report now its been published").Verdict));
    }

    [Fact]
    public void Reporting_a_colleagues_post_is_still_a_concern()
    {
        Assert.Equal(Verdict.ReportConcern, Engine.Answer("someone posted about a pupil, should i report it").Verdict);
    }
}
