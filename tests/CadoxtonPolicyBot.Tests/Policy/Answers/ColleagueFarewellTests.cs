using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Item 3 and a colleague's leaving: once the school has announced it, a goodbye shares nothing confidential; before that,
/// or with anything added about why or about anyone else, it is not a "yes". The phrasings are written for these tests.
/// </summary>
public sealed class ColleagueFarewellTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("The deputy's leaving was announced in the newsletter. Can I post a goodbye message on her Facebook wall?")]
    [InlineData("Mr Price's retirement was announced in the newsletter, can I put a farewell message on his facebook")]
    public void A_goodbye_to_a_colleague_whose_leaving_the_school_has_announced_is_fine_with_care(string question)
    {
        var facts = FactExtractor.Extract(question);
        Assert.True(facts.Farewell);
        Assert.True(facts.AlreadyPublic);
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Theory]
    [InlineData("The deputy's leaving hasn't been announced in the newsletter yet. Can I post a goodbye message on her Facebook wall?")]
    [InlineData("Mrs Jones is leaving, she told me but it's not announced. can i post a goodbye")]
    [InlineData("The deputy's leaving was announced in the newsletter. Can I post on facebook why she is really leaving?")]
    [InlineData("The deputy's leaving was announced in the newsletter. can i post goodbye and say the head pushed her out")]
    [InlineData("the head's leaving was announced in the newsletter. can I post on facebook that I'm glad the old cow is finally going")]
    [InlineData("the head's leaving was announced in the newsletter. can I post a goodbye on facebook, glad to see the back of the old cow")]
    [InlineData("The deputy's leaving was announced in the newsletter. Can I post a goodbye with a photo of her and her class?")]
    [InlineData("a pupil is leaving, it was announced in the newsletter. can i post a goodbye on facebook")]
    [InlineData("Mrs Jones is leaving, everyone knows she's off with stress. can i post a goodbye on facebook")]
    [InlineData("the deputy's leaving was announced. can I message her pupils on facebook to say goodbye")]
    [InlineData("Mae'r dirprwy yn gadael, dyw e ddim wedi'i gyhoeddi. Ga i bostio neges ffarwel ar Facebook?")]
    public void A_goodbye_before_the_announcement_or_with_more_in_it_is_never_a_yes(string question)
    {
        var verdict = Engine.Answer(question).Verdict;
        Assert.False(verdict is Verdict.Allowed or Verdict.AllowedWithCare, $"\"{question}\" got {verdict}");
    }
}
