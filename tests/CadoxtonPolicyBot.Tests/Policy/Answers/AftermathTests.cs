using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Questions about what would follow a post ("what's the worst case", "can school do anything about it") and about a post made
/// before the asker worked here are questions about the policy, answered as information; asking leave for a new act still gets
/// its verdict. Each wording is written for these tests, and none of them may ever be answered with a permit.
/// </summary>
public sealed class AftermathTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    [Theory]
    [InlineData("what's the worst case if I get hauled in over a post about my class")]
    [InlineData("worst case scenario if a TA gets hauled up over a tiktok about Ella in year 2")]
    [InlineData("if I post at 2am at home about the head can school do anything about it")]
    [InlineData("If a colleague gets hauled in over a Facebook post slagging off the deputy, what's the worst that could happen")]
    public void Asking_what_would_follow_a_post_is_answered_with_the_disciplinary_part(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("disciplinary", answer.SectionIds);
    }

    [Theory]
    [InlineData("before I worked here I posted a picture of my class on a school trip, does that count now?")]
    [InlineData("before I worked here I posted that Mrs Jones is a cow, would that count?")]
    [InlineData("years ago before I joined I shared a meme about Ofsted, does that still count")]
    [InlineData("Worried: before I started here I wrote some rude stuff about the head at my old school. Does it count?")]
    public void A_post_made_before_the_asker_worked_here_is_answered_with_what_the_policy_covers_and_the_advice(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("advice", answer.SectionIds);
        Assert.Contains("statement", answer.SectionIds);
    }

    [Theory]
    // Asking leave for a new act is a verdict question, whatever came before it.
    [InlineData("before I started here I tweeted that the head is useless, can I tweet it again now?")]
    [InlineData("before I worked here I posted photos of pupils at my old school, can I keep them up?")]
    [InlineData("Can I post that the head is useless? Worst case I get a warning")]
    public void Asking_leave_for_an_act_still_gets_its_no(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("will she find out it was me if I report her post about Ella")]
    [InlineData("if I report the post about my class will they know who reported it")]
    [InlineData("will they know who reported it if I tell the head about the post")]
    public void Asking_whether_the_reporter_is_named_is_the_evidence_paragraph(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("evidence", answer.SectionIds);
    }

    [Theory]
    [InlineData("what's the worst case if I post a photo of my class")]
    [InlineData("before I worked here I posted a video of Ella in year 2, does it count")]
    [InlineData("if the head sees my tiktoks about my class will I get sacked")]
    [InlineData("Beth yw'r gwaethaf all ddigwydd os dw i'n postio am y pennaeth?")]
    public void A_question_about_consequences_is_never_a_permit(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }
}
