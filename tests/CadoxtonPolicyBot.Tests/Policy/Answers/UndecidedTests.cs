using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Questions that state what decides them in words the engine used to leave undecided: posting said to be during lessons or a
/// duty (item 2), a meme or a share from the school's computers (item 1), and dismay ("oh no") that is not a negation. Every
/// wording is written for these tests; the variations attack the new readings from the other side (a lesson only named, a
/// time said not to be the one, the school's own channels), and none of them may become a permit.
/// </summary>
public sealed class UndecidedTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    [Theory]
    [InlineData("can i tweet during my lesson about how lovely my class are")]
    [InlineData("lol can I put a teaching meme on insta during the lesson, takes 2 secs")]
    [InlineData("can I post a status while I'm on yard duty, just about the weather")]
    [InlineData("can I moan about the rain on twitter while on duty")]
    [InlineData("my mum is in hospital, can i post updates on facebook during my lessons")]
    [InlineData("can i go on tiktok and post a dance during PE while the kids are getting changed")]
    [InlineData("Ga i bostio ar Facebook yn ystod y wers? Dim ond am fy mhenwythnos")]
    public void Posting_on_ones_own_accounts_during_lessons_or_a_duty_is_personal_use_in_working_time(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    // A lesson, an assembly or a duty only named (news, a role, a story) is not when the user would post.
    [InlineData("can i post that i got the deputy head job, it was announced in assembly today")]
    [InlineData("im a lunchtime supervisor, can i post about my holiday on facebook")]
    [InlineData("can i post about my lesson tonight on my blog")]
    [InlineData("during the lesson a child said something hilarious, can i post it tonight")]
    // A time said not to be the one.
    [InlineData("not during lessons, can I post about my weekend at lunch")]
    // The school's own channel is school business, not personal use.
    [InlineData("can I post on the school's official twitter during the lesson to show the parents our science")]
    public void A_lesson_only_named_or_denied_is_not_read_as_posting_in_working_time(string question)
    {
        Assert.DoesNotContain("posting-in-working-time", Engine.Answer(question).RuleNames);
    }

    [Theory]
    [InlineData("teacher life meme lol can i post it from the class computer")]
    [InlineData("can i share a teacher meme from the staffroom computer at lunch")]
    [InlineData("can I put a funny post on my fb from the office pc after school")]
    [InlineData("can i post a meme about marking lol, on the school laptop at home")]
    public void A_meme_a_share_or_a_personal_site_from_the_schools_computers_is_private_use_of_them(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
    }

    [Theory]
    [InlineData("oh no i accepted a friend request from a boy in yr5 months ago, what do i do now")]
    [InlineData("uh oh, a year 6 girl added me on facebook and I accepted it without thinking")]
    public void Dismay_is_not_a_negation_of_what_was_done(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    [InlineData("my BeReal went off in the middle of maths, can i quickly take it")]
    [InlineData("My BeReal went off during phonics, can I do it if I point it at the ceiling")]
    [InlineData("Gaf i wneud fy BeReal yng nghanol y wers?")]
    public void A_personal_app_going_off_in_a_lesson_is_using_the_phone_in_working_time(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    // Attacks on the new readings: a pupil named another way, a derogatory word, something confidential, an official channel
    // on a personal device, Welsh. Whatever the verdict, none is a yes.
    [InlineData("oh no, no kids in it, but it's the y4 girl who cried in assembly, can i post it")]
    [InlineData("during my lunch break can i post a meme about the useless head")]
    [InlineData("can i post during the register, it's only about why little Tomos was off")]
    [InlineData("can i share the school's post from the class ipad and add that the parents are a nightmare")]
    [InlineData("oh no, can i post the staffing changes the head told us in confidence, not during lessons")]
    [InlineData("Ga i rannu meme am yr athrawon ar y cyfrifiadur dosbarth?")]
    [InlineData("uh oh the learners in my class want me on snapchat, can I add them at the weekend")]
    public void The_new_readings_open_no_path_to_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    // A joke or meme put up for judgement with no act named, already a breach in what it says.
    [InlineData("harmless joke about the cleaner in my corridor being thick lol")]
    [InlineData("meme about teaching lol, and one about the deputy being a dictator")]
    [InlineData("joke about how lazy the dinner ladies are lol")]
    public void A_joke_offered_for_judgement_that_mocks_the_schools_people_is_not_allowed(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Theory]
    // Without a breach in what it says, a joke with no act named is not guessed into a post, so it cannot become a yes.
    [InlineData("harmless meme about teacher life lol")]
    [InlineData("joke about marking lol")]
    public void A_harmless_joke_with_no_act_named_is_not_guessed_into_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("our school got the eco schools green flag, can i share the local paper's article on fb")]
    [InlineData("we've been awarded our platinum eco-schools flag! can I put it on my linkedin")]
    public void An_award_called_a_flag_is_not_flagging_up_a_concern(string question)
    {
        Assert.NotEqual(Verdict.ReportConcern, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("we got the green flag, can i post a pic of the kids holding it on my insta")]
    [InlineData("we got the green flag, can i post that the head did nothing to earn it, useless as ever")]
    [InlineData("ges i'r faner werdd, ga i bostio llun o'r plant efo hi ar fy instagram")]
    public void An_award_opens_no_path_to_a_yes_for_pupils_pictures_or_digs(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("can I say on insta that one of my year 2s is in hospital, no name")]
    [InlineData("can i post that a learner in my class has epilepsy, just to raise awareness, no names")]
    [InlineData("can i tweet that one of the little ones in reception is a young carer, so proud of her")]
    [InlineData("Ga i bostio ar Facebook bod un o'r plant yn fy nosbarth yn yr ysbyty?")]
    [InlineData("can i share the school's post about a pupil who won an award and add his home address for cards")]
    public void A_pupils_health_home_or_needs_posted_is_confidential_named_or_not(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Theory]
    // The user's own child, or a class's ordinary learning, is not a pupil's private matter.
    [InlineData("my class are struggling with fractions, can I ask on a teacher forum for ideas")]
    [InlineData("my son is in hospital, can i post about it on facebook tonight")]
    public void Ones_own_family_or_a_classs_learning_is_not_read_as_a_pupils_private_matter(string question)
    {
        Assert.DoesNotContain("pupil-private-matter", Engine.Answer(question).RuleNames);
    }

    [Theory]
    [InlineData("Can I put next year's class teachers on fb before the head announces it? everyone knows anyway")]
    [InlineData("can i post that our new deputy starts in september, it's not been announced yet but everyone knows")]
    public void News_not_yet_announced_is_not_public_whatever_everyone_knows(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Theory]
    [InlineData("a year 5 boy brought a knife in today, can I warn the parents on the village facebook group")]
    [InlineData("one of the kids had a weapon in his bag today, can i post about it so parents are aware")]
    public void A_weapon_brought_in_by_a_pupil_is_an_incident_not_to_post(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }
}
