using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 8, over-caution: things the policy allows with care that were refused or called out of scope (a run's route map that
/// starts at the school, a staff hoodie or lanyard in one's own picture). Each new way to a yes is attacked with the same
/// sentence carrying a pupil, a derogatory word, confidential news, working time or the school's device, in English and Welsh,
/// which must not be a yes. The phrasings are written for these tests.
/// </summary>
public sealed class CautionRound8Tests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("my Strava map starts at the school gates every evening after work, should I worry?")]
    [InlineData("my runs on strava begin in the school car park after I finish, is that ok")]
    [InlineData("Is it alright that Strava puts my cycle route up and it starts at school after my shift?")]
    [InlineData("Mae fy rhediadau Strava yn dechrau o'r ysgol ar ôl gwaith, ydy hynny'n broblem?")]
    public void A_fitness_apps_route_map_that_starts_at_the_school_is_yes_with_care(string question)
    {
        Assert.True(FactExtractor.Extract(question).SharesOwnRoute);
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("advice", answer.SectionIds);
    }

    [Theory]
    [InlineData("my strava run starts at the school gates and the caption says the kids in 4B drove me to it")]
    [InlineData("can i put my strava run on with a pic of the year 3s at the gate")]
    [InlineData("i do my strava run round the field during lessons with my phone")]
    [InlineData("can i post my run on strava from the school ipad")]
    [InlineData("strava run from school, caption: the head is a clown")]
    [InlineData("my strava caption says which pupil had a meltdown today, just first name")]
    [InlineData("Ga i bostio fy rhediad Strava gyda llun o'r plant ym Mlwyddyn 6?")]
    public void A_route_map_with_pupils_a_dig_confidential_news_working_time_or_the_schools_device_is_not_a_yes(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("can i wear my staff lanyard in my hinge pics")]
    [InlineData("can i put my work badge photo on bumble")]
    [InlineData("can i wear my cadoxton staff hoodie in my gym selfies on insta")]
    public void A_staff_hoodie_or_lanyard_in_ones_own_picture_links_it_to_the_school_and_is_yes_with_care(string question)
    {
        var facts = FactExtractor.Extract(question);
        Assert.True(facts.LinksToSchool);
        Assert.False(facts.InImage.HasFlag(People.Staff));
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("my dating profile pic has my staff lanyard and a year 5 boy in the background")]
    [InlineData("can i use a drunk pic in my staff hoodie on tinder")]
    [InlineData("can i post a pic of me in my staff hoodie with my colleagues drunk at the pub")]
    [InlineData("can i post a pic in my staff hoodie mocking the parents")]
    [InlineData("my tinder bio says i teach at cadoxton and the head is a joke")]
    public void A_lanyard_or_hoodie_picture_with_a_pupil_drink_or_a_dig_is_not_a_yes(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("do you think I ought to switch my instagram to private")]
    [InlineData("can i put my tiktok on public")]
    [InlineData("Ga i roi fy nghyfrif Facebook ar 'public'?")]
    public void Asking_to_change_ones_own_privacy_settings_gets_item_8s_advice_not_out_of_scope(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    [InlineData("can i set my account to public and let my class follow me")]
    [InlineData("can i put my insta on public and post pics of my class")]
    [InlineData("if my insta is on private can I call the head a muppet on it")]
    public void A_privacy_setting_asked_with_contact_pictures_or_a_dig_is_still_decided_by_the_act(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("can i put 'inspection next week, wish us luck' on my facebook")]
    [InlineData("Ga i roi 'arolygiad wythnos nesa, pob lwc i ni' ar Facebook?")]
    public void An_inspection_mentioned_is_not_a_confidential_no_but_it_is_never_a_yes_without_the_tone(string question)
    {
        Assert.False(FactExtractor.Extract(question).Content.HasFlag(ContentKinds.Confidential));
        Assert.Equal(Verdict.Depends, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("can i post a screenshot of the draft inspection report")]
    [InlineData("can i share our inspection grade on insta before it's out")]
    [InlineData("can I tweet the inspection findings, they won't be published till june")]
    [InlineData("can i post 'inspection feedback was amazing today!!' on my story")]
    [InlineData("can i post that the inspection was a shambles because the head is useless")]
    [InlineData("can i tweet that the inspectors were clowns at our inspection, nothing about the children")]
    public void An_inspections_draft_findings_grade_or_feedback_and_a_dig_at_the_head_are_still_a_no(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Can I WhatsApp my wife during lessons? Our son has been taken to A&E")]
    [InlineData("my dad's been taken to hospital, can I snapchat my brother in class to find out how he is")]
    [InlineData("Ga i WhatsApp fy chwaer yn y wers? Mae mam yn yr ysbyty")]
    public void A_messaging_app_said_as_a_verb_to_ones_own_family_in_an_emergency_is_the_urgent_family_matter(string question)
    {
        var facts = FactExtractor.Extract(question);
        Assert.True(facts.Activities.HasFlag(Activities.Message));
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("can I whatsapp my husband during lessons about what we're having for tea")]
    [InlineData("can i snapchat my daughter during lessons, she's bored")]
    [InlineData("a pupil has been taken to A&E, can I whatsapp my husband about it in lessons")]
    [InlineData("a pupil has been rushed to hospital, can I text my husband about it in lessons")]
    [InlineData("can i whatsapp my husband from the school ipad during lessons, my son's been rushed to A&E")]
    [InlineData("my mum's been taken to hospital, can I post about it on facebook during lessons")]
    public void Family_messages_that_are_not_urgent_a_pupils_emergency_the_schools_device_or_a_post_are_not_a_yes(string question)
    {
        AssertNotAPermit(Engine, question);
    }
}
