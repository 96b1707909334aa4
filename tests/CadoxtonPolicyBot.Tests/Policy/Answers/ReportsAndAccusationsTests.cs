using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Whether a concern is traced to whoever raised it (it is: the evidence paragraph), someone else said to have broken the
/// policy, and a person called a bully, a liar or a thief. The wordings are written for these tests.
/// </summary>
public sealed class ReportsAndAccusationsTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("If I tell someone about a post I saw, does the person who posted it find out it was me?")]
    [InlineData("if i report a colleague will she know it was me")]
    [InlineData("my colleague posted nasty stuff about a parent, i want to report it but will she find out it was me")]
    public void Asking_whether_a_concern_is_traced_to_its_reporter_is_answered_from_the_evidence_paragraph(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("evidence", answer.SectionIds);
    }

    [Theory]
    [InlineData("posted on mumsnet anonymously about how badly run our school is, nobody will know its me")]
    [InlineData("can i moan about the head on reddit? nobody will know it was me")]
    public void Saying_nobody_will_know_it_was_me_of_ones_own_post_is_still_a_verdict_on_the_post(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void News_told_in_confidence_is_not_a_question_about_whether_a_reporter_is_known()
    {
        var answer = Engine.Answer("can i mention on facebook that the head is retiring next summer? she told a few of us in confidence");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Theory]
    [InlineData("who do i actually talk to if i think someone's broken the social media policy? the head?")]
    [InlineData("what do i do if i think a colleague has broken the policy")]
    public void Someone_else_said_to_have_broken_the_policy_is_a_concern_to_raise(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.ReportConcern, answer.Verdict);
        Assert.Contains("evidence", answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I write on the union's facebook page that our head is a bully who's driving staff out")]
    [InlineData("can i say on twitter that the deputy is a liar")]
    [InlineData("my line manager should be sacked, can i post that on fb")]
    public void Calling_someone_at_the_school_a_bully_or_a_liar_is_derogatory(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    [InlineData("one of my yr6s found my tiktok and DMed me, can i reply if i keep it short")]
    [InlineData("a couple of the yr3s keep messaging me on roblox, can i chat back")]
    public void A_pupil_named_by_a_plural_year_abbreviation_is_a_pupil(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    [InlineData("If I'm sending a WhatsApp to my husband in the lesson saying 'home late tonight', is that breaking the rules?")]
    [InlineData("am i breaking the rules if i scroll instagram on my phone during maths")]
    public void Is_that_breaking_the_rules_about_ones_own_act_is_answered_with_the_verdict_on_the_act(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }
}
