using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// What is already public, what consent covers, which trip it is: the kinds of the round 5 held-out half's wrong "yes"
/// answers, each with wordings written for these tests.
/// </summary>
public sealed class PublicAndConsentTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("can i post who's getting the deputy job before the head announces it, everyone knows anyway")]
    [InlineData("is it ok to tell my facebook friends which classes we're all teaching next year before it's announced? it's common knowledge")]
    public void News_before_it_is_announced_is_not_public_whatever_everyone_knows(string question) => AssertNotAPermit(Engine, question);

    [Theory]
    [InlineData("every parent signed the photo consent, can I post the sports day pics on my own facebook or does consent only cover the school's website?")]
    [InlineData("all the mums ticked the consent box but doesn't that only cover the school newsletter? can i put the concert photos on my insta")]
    public void Consent_said_to_cover_only_the_schools_channels_is_not_consent_for_a_personal_account(string question)
    {
        Assert.NotEqual(true, FactExtractor.Extract(question).HasPermission);
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("new TA here, do I need to make my instagram private?")]
    [InlineData("should I make my facebook private now I work at a school")]
    public void Asking_whether_to_make_an_account_private_gets_the_policys_advice_on_settings(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    [InlineData("the Barry news page did an article slating how the school handled a fight on the yard, can I share it without comment")]
    [InlineData("can i share the local paper's piece about the bullying case at our school, it's already public")]
    public void Sharing_a_published_piece_critical_of_the_school_or_about_an_incident_is_never_a_plain_yes(string question) => AssertNotAPermit(Engine, question);

    [Theory]
    [InlineData("can I put a photo of the trip to the zoo on my facebook")]
    [InlineData("pics from the trip to Cardiff Bay ok for my insta?")]
    public void The_trip_said_by_staff_is_the_schools_trip_with_its_pupils(string question) => AssertNotAPermit(Engine, question);
}
