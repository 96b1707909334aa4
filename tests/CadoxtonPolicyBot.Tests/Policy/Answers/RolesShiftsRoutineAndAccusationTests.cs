using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 8 of issue 10, the tuning half's wrong yeses as mechanisms: a role whose name holds a word of praise ("support
/// staff"), accusations of theft and idleness, the kitchen's shift read as a lunch break, a routine call read as urgent,
/// the school's wi-fi named in Welsh, a call awaited on one's own business (the garage, a house) read as the urgent family
/// exception, and news of a family member awaited by phone read as reading the news. The wordings are written for these tests.
/// </summary>
public sealed class RolesShiftsRoutineAndAccusationTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("can i post that the council are robbing us support staff blind")]
    [InlineData("can I put on fb that the head just sits there and does nothing about our workload")]
    [InlineData("ok to tweet that the governors are a bunch of crooks")]
    [InlineData("can i post that SLT couldnt care less about the support staff")]
    [InlineData("can I say on facebook the council are ripping us off with this pay offer")]
    public void Accusations_of_theft_or_idleness_against_the_school_or_council_are_not_a_yes(string question)
    {
        var answer = Engine.Answer(question);
        Assert.False(IsPermit(answer.Verdict), $"\"{question}\" got {answer.Verdict}");
    }

    [Theory]
    [InlineData("can i post that the council are robbing us blind")]
    [InlineData("can I put on fb that the head does nothing")]
    public void A_plain_accusation_against_the_head_or_council_is_a_no_under_item_4(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    [InlineData("can I post that the support staff are brilliant")]
    [InlineData("can i put a thank you to our support staff on my facebook, they're amazing")]
    public void Praise_of_the_support_staff_is_still_a_yes(string question)
    {
        Assert.True(IsPermit(Engine.Answer(question).Verdict), question);
    }

    [Theory]
    [InlineData("can i post that the support staff are useless")]
    [InlineData("can I post that our learning support team are a joke")]
    public void The_word_support_in_a_role_is_not_praise_that_outweighs_criticism(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("is it aloud to wach netflix on my phone in the kitchen when its quiet after lunch servise")]
    [InlineData("can I go on tiktok on my phone after lunch service while I'm still in the kitchen")]
    [InlineData("can i scroll facebook while serving lunch if theres no queue")]
    public void Serving_and_clearing_lunch_is_the_kitchens_working_time_not_a_break(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("I ring my childminder at 10.30 every day to check my baby has settled. I'm in class when I do it. is that urgent family?")]
    [InlineData("i text my mum every morning from the classroom to check shes ok, that counts as urgent family right")]
    [InlineData("can I check my phone in lessons daily for messages from my kids school, family stuff")]
    public void A_call_made_as_a_routine_is_not_the_urgent_family_exception(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Fact]
    public void A_real_family_emergency_in_working_time_is_still_the_exception()
    {
        var answer = Engine.Answer("my mum's been rushed to hospital, can i keep my phone on in class in case they ring");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("can i keep my phone on in class, im expecting a call from the garage about my car")]
    [InlineData("can I have my phone on during lessons, waiting to hear about a house we offered on")]
    [InlineData("can i keep my phone on in class, waiting on a call from the estate agent")]
    [InlineData("I'm waiting for a call about a job interview, can I keep my phone on me while teaching")]
    [InlineData("can i check my phone in class in case the plumber rings, its urgent")]
    public void A_call_awaited_on_ones_own_business_is_not_the_urgent_family_exception(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("can i use my phone during breakfast club? my mum is in hospital and they're ringing with news")]
    [InlineData("Ga i ddefnyddio fy ffôn yn ystod y clwb brecwast? Mae mam yn yr ysbyty ac maen nhw'n ffonio gyda newyddion")]
    [InlineData("my mum's car crashed and she's in hospital, can I keep my phone on in class")]
    public void News_of_family_in_hospital_awaited_by_phone_is_the_urgent_family_exception(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("can I check my phone in lessons, my mate is ringing with news about the match")]
    [InlineData("can i go on facebook in class, my dad is in hospital and my sister is posting news")]
    public void News_that_is_not_a_family_matter_or_comes_by_social_media_is_not_the_exception(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("Ydw i'n cael defnyddio wi-fi yr ysgol ar fy ffôn fy hun i fynd ar Instagram amser chwarae?")]
    [InlineData("Ga i fynd ar Facebook ar wifi yr ysgol amser cinio?")]
    public void The_schools_wifi_named_in_Welsh_is_the_schools_IT_system(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
    }
}
