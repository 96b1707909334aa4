using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Routing round 7, among the answers that are never a permit: someone else's conduct told about is a concern to raise, not a
/// "no" to the asker; the asker's own post reported by someone else is a question about evidence; a half no rule decided
/// beside a question about the policy gets the information; an email address is not someone's confidential address. The
/// phrasings are written for these tests, not taken from any question set.
/// </summary>
public sealed class RoutingRound7Tests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("A dad from Year 3 has put a clip on Facebook of one of our lunchtime staff shouting at a boy. What should we do?")]
    [InlineData("One of the supply teachers keeps sharing memes about 'lazy parents' on her Instagram and I follow her. Should I be reporting it?")]
    [InlineData("I've noticed a governor has been commenting on pupils' TikToks. Who do I tell?")]
    [InlineData("I saw a teaching assistant posting the class list on her story, should I tell someone?")]
    public void Someone_elses_conduct_with_a_request_for_whom_to_tell_is_a_concern_to_report(string question)
    {
        var answer = Engine.Answer(question);

        Assert.Equal(Verdict.ReportConcern, answer.Verdict);
        Assert.Contains("evidence", answer.SectionIds);
    }

    [Theory]
    [InlineData("The new cleaner keeps posting videos of the corridors with kids in them. Not sure what to do")]
    [InlineData("One of the office team has shared a parent's complaint letter on her Facebook. Not sure who to tell")]
    [InlineData("A parent commented 'why is the head never here?' on the school page. What should we do?")]
    public void Someone_described_by_their_role_posting_with_a_hedged_ask_is_a_concern_to_report(string question)
    {
        Assert.Equal(Verdict.ReportConcern, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_thing_that_keeps_going_wrong_is_not_someones_conduct()
    {
        var answer = Engine.Answer("the laminator in the staffroom keeps jamming, who do I tell");

        Assert.Equal(Verdict.OutOfScope, answer.Verdict);
    }

    [Fact]
    public void The_askers_own_habit_with_a_hedge_is_not_made_a_concern()
    {
        var answer = Engine.Answer("I keep posting pictures of my dog at work, not sure what to do");

        Assert.NotEqual(Verdict.ReportConcern, answer.Verdict);
        Assert.False(answer.Verdict is Verdict.Allowed or Verdict.AllowedWithCare);
    }

    [Theory]
    [InlineData("A Year 6 girl sent me a follow request on TikTok, what should I do?")]
    [InlineData("A pupil in my class messaged me on Instagram last night, what do I do?")]
    public void A_pupils_own_request_to_the_asker_stays_a_no_to_replying_when_reporting_is_not_said(string question)
    {
        var answer = Engine.Answer(question);

        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    [InlineData("I posted a photo of the school play with the kids in it, should I tell someone?")]
    [InlineData("I put a picture of my Year 2 class on my Facebook, do we tell someone?")]
    public void The_askers_own_post_is_not_made_a_concern_by_asking_whom_to_tell(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void Telling_the_people_who_ask_about_a_colleagues_illness_is_the_askers_own_act_not_a_report()
    {
        var answer = Engine.Answer("My colleague has been off with her heart, we're close. Parents keep asking me on Facebook how she is. Can I tell them?");

        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Fact]
    public void Telling_someone_about_a_colleagues_posts_is_still_a_concern()
    {
        var answer = Engine.Answer("A colleague has been posting pupils' photos on her public page. Can I tell someone?");

        Assert.Equal(Verdict.ReportConcern, answer.Verdict);
    }

    [Theory]
    [InlineData("If a parent reports one of my posts to the head, will I get to see the screenshots?")]
    [InlineData("If someone screenshotted a post of mine, can I see the copy they sent?")]
    public void Someone_reporting_the_askers_own_post_is_a_question_about_evidence(string question)
    {
        var answer = Engine.Answer(question);

        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("evidence", answer.SectionIds);
    }

    [Fact]
    public void Monitoring_asked_of_staff_together_is_answered_with_item_5()
    {
        var answer = Engine.Answer("Does the school check what we put on our own Instagram? Are they watching us?");

        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("5", answer.SectionIds);
    }

    [Fact]
    public void A_follow_on_half_no_rule_decides_beside_a_policy_question_gets_the_information_not_a_question_back()
    {
        var answer = Engine.Answer("Is a close friends story treated differently? If only ten people see it, does it still count as posting?");

        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Null(answer.FollowUp);
    }

    [Fact]
    public void A_verdict_half_beside_a_policy_question_still_leads()
    {
        var answer = Engine.Answer("Can I post on Facebook that our head is a joke? What does the policy say about criticism?");

        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I email the parents in my class from my own hotmail address about the trip?")]
    [InlineData("can I email parents from my personal gmail address?")]
    public void Email_from_a_personal_address_is_not_read_as_sharing_someones_address(string question)
    {
        var answer = Engine.Answer(question);

        Assert.Equal(Verdict.OutOfScope, answer.Verdict);
    }

    [Theory]
    [InlineData("Can I post a parent's home address on the village group?")]
    [InlineData("Can I share the address of a pupil's foster family with a mum on WhatsApp?")]
    public void Someone_elses_home_address_is_still_confidential(string question)
    {
        var answer = Engine.Answer(question);

        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }
}
