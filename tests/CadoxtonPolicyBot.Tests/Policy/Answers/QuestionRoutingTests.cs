using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Which kind of answer a question gets: a verdict on the asker's own act, what the policy says, a concern to report, or
/// "the policy doesn't cover that". The phrasings are written for these tests, not taken from any question set.
/// </summary>
public sealed class QuestionRoutingTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("Can I use my tablet in class to photograph the pupils' models as evidence for moderation?")]
    [InlineData("Can I join the PTA Facebook group to keep an eye on what's being planned?")]
    [InlineData("Is it ok to post a picture of the autumn display on my private Instagram? No children in it")]
    [InlineData("Can I put a photo of the new library on my own Facebook? It was taken after school, nobody in it")]
    [InlineData("Would it be a problem to post that our head is clueless?")]
    public void Asking_leave_to_do_something_gets_a_verdict_even_with_a_word_of_an_information_topic_in_it(string question)
    {
        var answer = Engine.Answer(question);

        Assert.NotEqual(Verdict.Info, answer.Verdict);
        Assert.NotEqual(Verdict.OutOfScope, answer.Verdict);
    }

    [Theory]
    [InlineData("Can I be disciplined for a post I made before I started here?")]
    [InlineData("What privacy settings should I use on Instagram?")]
    [InlineData("Does any of this apply while I'm on a career break?")]
    [InlineData("Do I need to worry about old posts from my twenties?")]
    [InlineData("Could I get sacked for this?? I posted that the governors are clueless")]
    public void A_question_about_what_the_policy_covers_or_what_could_happen_is_answered_with_information(string question)
    {
        Assert.Equal(Verdict.Info, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("I posted a photo of the Year 4 class on my Instagram, is that an issue?")]
    [InlineData("I use my own iPad for music in lessons and check Instagram between songs, that's fine isn't it?")]
    public void An_own_act_described_and_checked_gets_its_verdict(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("My colleague told me in confidence her dad is ill, can I send her a get well message on Facebook?")]
    [InlineData("A friend shared a cartoon calling our deputy lazy and I want to share it too")]
    public void An_act_of_the_askers_own_beside_someone_elses_is_not_a_concern_to_report(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("A colleague posted that a pupil's parents are divorcing. Who do I tell?")]
    [InlineData("A parent posted horrible lies about me on the village page. Can I reply?")]
    public void Words_of_reporting_or_a_post_attacking_the_asker_still_make_a_concern(string question)
    {
        Assert.Equal(Verdict.ReportConcern, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Can you help me draft a letter about the Christmas concert?")]
    [InlineData("Is it ok to email a parent from my Hotmail when the school system is down?")]
    [InlineData("Who do I tell that people are parking on the zigzags at home time?")]
    [InlineData("What's the rule on tattoos showing at work lol")]
    [InlineData("Do I need my own login for the library computer or is there a general one?")]
    [InlineData("The wifi in the hall keeps dropping, can someone from IT come and fix it?")]
    public void What_is_not_social_media_or_this_policy_is_out_of_scope(string question)
    {
        Assert.Equal(Verdict.OutOfScope, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Can I email a Year 6 pupil from my Gmail?")]
    [InlineData("Can you help me write a Facebook post about how rubbish the head is?")]
    [InlineData("Is it ok to email a parent from my Gmail to say their son was a nightmare today?")]
    public void Contact_with_pupils_or_a_breach_is_never_waved_off_as_out_of_scope(string question)
    {
        var answer = Engine.Answer(question);

        Assert.NotEqual(Verdict.OutOfScope, answer.Verdict);
        Assert.False(IsPermit(answer.Verdict), $"{question} -> {answer.Verdict}");
    }

    // The verdict routes above reach the rule table from questions that used to get information: attacked with pupils named
    // other ways, privacy as an excuse, a derogatory word, a checked act and Welsh, none of them may come back a "yes".
    [Theory]
    [InlineData("Can I post a photo of my class on my private account? Only friends see it")]
    [InlineData("Can I use my phone in lessons to take photos of the little ones for evidence?")]
    [InlineData("Can I post the fox video on Facebook? The Year 2s were watching it too")]
    [InlineData("Can I post the fox video on Facebook, no kids on site, the head is useless lol")]
    [InlineData("Can I join the parents' group to keep an eye on them slagging off the head?")]
    [InlineData("I put a pic of the kids' faces from sports day on my insta, is that an issue?")]
    [InlineData("Can I use my own phone for music in lessons and check Facebook between songs?")]
    [InlineData("Ga i bostio llun o'r plant ar fy Instagram preifat?")]
    public void No_verdict_route_turns_a_breach_into_a_yes(string question)
    {
        var answer = Engine.Answer(question);

        Assert.False(IsPermit(answer.Verdict), $"{question} -> {answer.Verdict}");
        Assert.NotEqual(Verdict.OutOfScope, answer.Verdict);
    }
}
