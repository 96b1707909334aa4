using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Concepts learned from the fourth round of tuning questions, each in wording written for these tests: personal use with
/// no device named, someone else's conduct, information questions, pictures of colleagues, pay, venting, parents, one's
/// own news and one's own children. Every "no" and "it depends" here is also a check that no permit slips through.
/// </summary>
public sealed class EverydayWordingTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    [Theory]
    [InlineData("am i allowed to sort my online banking during lessons")]
    [InlineData("is it ok to watch netflix while im on yard duty")]
    public void Personal_use_in_lessons_is_item_2_even_when_no_device_is_named(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Fact]
    public void Calling_my_mum_reads_mum_as_family_not_as_a_pupils_parent()
    {
        var facts = FactExtractor.Extract("can i ring my mum during a lesson");
        Assert.True(facts.About.HasFlag(People.Family));
        Assert.False(facts.About.HasFlag(People.Parents));
    }

    [Theory]
    [InlineData("a colleague put pictures of the reception children on her public instagram, what should i do")]
    [InlineData("one of the dinner staff posted about a pupil's home life on facebook, should i screenshot it")]
    [InlineData("some of the year 5 boys made a tiktok of the supply teacher and posted it, what do i do")]
    public void Someone_elses_post_and_a_question_about_what_to_do_is_a_concern_to_raise(string question)
    {
        Assert.Equal(Verdict.ReportConcern, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_pupil_contacting_the_asker_is_not_someone_else_to_report()
    {
        var answer = Engine.Answer("a boy in my year 4 class sent me a follow request on tiktok, what should i do");
        Assert.NotEqual(Verdict.ReportConcern, answer.Verdict);
        Assert.DoesNotContain(answer.Verdict, Permits);
    }

    [Theory]
    [InlineData("help, forgot my hwb password and it's locked me out")]
    [InlineData("how do I reset my Teams password")]
    public void Help_with_an_it_account_is_not_a_social_media_question(string question)
    {
        Assert.Equal(Verdict.OutOfScope, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("agency supply here for a week, same rules for me?")]
    [InlineData("i'm a student teacher, am i covered by this?")]
    [InlineData("does a locked instagram count or only public accounts")]
    public void Who_and_what_the_policy_covers_is_answered_as_information(string question)
    {
        Assert.Equal(Verdict.Info, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_question_about_wearing_something_is_about_another_policy()
    {
        Assert.Equal(Verdict.OutOfScope, Engine.Answer("is there a rule about wearing our lanyards").Verdict);
    }

    [Fact]
    public void A_video_shown_to_the_class_is_teaching_whichever_device_shows_it()
    {
        var answer = Engine.Answer("can i show a video to the class on youtube about volcanoes");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
    }

    [Fact]
    public void Every_safety_fact_of_an_earlier_turn_survives_a_follow_on()
    {
        var earlier = new QuestionFacts
        {
            Activities = Activities.Post, CriticalTone = true, SensitiveMatter = true, Mentioned = People.Parents, NamesSomeone = true,
            PartlyUnread = true, OtherChildrenToo = true, HasImage = true, PupilsPresumedInImage = true,
        };
        var merged = FactsOverlay.Merge(earlier, new QuestionFacts { Activities = Activities.Post });
        Assert.True(merged.CriticalTone && merged.SensitiveMatter && merged.NamesSomeone && merged.PartlyUnread && merged.OtherChildrenToo
            && merged.PupilsPresumedInImage);
        Assert.True(merged.Mentioned.HasFlag(People.Parents));
    }

    [Theory]
    [InlineData("Can I add her son on Facebook?")]
    [InlineData("Ga i ychwanegu ei mab hi ar Facebook?")]
    [InlineData("A dad messaged me on Facebook asking about his son, can I message his son directly?")]
    [InlineData("Can I post a photo of the mums from school at the pub? One of them doesn't know I took it.")]
    [InlineData("Can I go on Facebook on the school laptop while my TA reads to the kids?")]
    [InlineData("Can I post a photo of my colleague in her bikini from the staff holiday?")]
    public void Someone_elses_child_and_a_picture_without_agreement_are_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Fact]
    public void Reading_private_messages_is_answered_from_item_5_without_a_yes()
    {
        var answer = Engine.Answer("can the school read my private whatsapp messages?");
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("5", answer.SectionIds);
        Assert.DoesNotContain("Yes", answer.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can i put a photo of the office team at our christmas meal on insta, no children anywhere")]
    [InlineData("is it ok to post a picture of us staff at the pub quiz last night")]
    public void A_picture_of_colleagues_with_no_pupils_about_is_yes_with_care(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("6", answer.SectionIds);
    }

    [Theory]
    [InlineData("the head told us not to post about the burst pipe until the council confirms, can i put a pic up anyway")]
    [InlineData("can i share that we got a great estyn report? we've only seen the draft")]
    [InlineData("can i post a funny one about the spelling mistakes my year 3s made today, no names")]
    [InlineData("can I message my sister that one of my class was taken into care today")]
    [InlineData("if im on my phone on duty because im just bored is that ok")]
    public void These_are_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("can i share the pta's summer fair post on my facebook")]
    [InlineData("is it ok to share the council's post about the new library opening hours")]
    public void Passing_on_an_organisations_public_post_is_fine(string question)
    {
        Assert.Equal(Verdict.Allowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_view_on_the_professions_pay_is_yes_with_care_but_a_dig_at_our_own_head_is_not()
    {
        Assert.Contains(Engine.Answer("can i tweet that teaching assistants are paid peanuts").Verdict, Permits);
        Assert.DoesNotContain(Engine.Answer("can i tweet that our head pays us peanuts").Verdict, Permits);
    }

    [Theory]
    [InlineData("can i vent in the staff whatsapp about the child who kicked me today")]
    [InlineData("the class mums are slagging off the new deputy on facebook, can i join in")]
    [InlineData("Can I moan on Twitter about how the school treats the cleaners?")]
    public void Venting_and_joining_in_about_the_school_community_is_not_allowed(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_parent_asking_about_their_own_child_can_get_a_brief_reply()
    {
        var answer = Engine.Answer("a dad messaged me on messenger asking about his son's reading, can I reply");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Fact]
    public void Being_friends_with_parents_is_a_connection_not_a_post()
    {
        var facts = FactExtractor.Extract("is it ok to be friends on facebook with parents i know from the village");
        Assert.True(facts.Activities.HasFlag(Activities.Connect));
        Assert.Contains(Engine.Answer("is it ok to be friends on facebook with parents i know from the village").Verdict, Permits);
    }

    [Fact]
    public void My_own_health_is_my_own_news_but_a_pupils_diagnosis_is_not()
    {
        Assert.Contains(Engine.Answer("can i blog about my journey with depression as a teacher? i won't name the school").Verdict, Permits);
        Assert.DoesNotContain(Engine.Answer("a girl in my group has adhd and i'm so proud of her, can i post about it without her name").Verdict, Permits);
    }

    [Fact]
    public void A_joke_about_being_a_teacher_is_about_the_asker_not_about_staff()
    {
        var facts = FactExtractor.Extract("can i post a meme about being a teacher on a monday");
        Assert.False(facts.About.HasFlag(People.Staff));
    }

    [Fact]
    public void My_own_children_at_another_school_are_family_not_pupils_here()
    {
        var facts = FactExtractor.Extract("can i post a photo of my kids on sports day? they go to a different school in barry");
        Assert.False(facts.About.HasFlag(People.Pupils));
        Assert.True(facts.About.HasFlag(People.Family));
    }

    [Fact]
    public void Asking_whether_something_is_personal_use_or_school_business_is_a_question_about_the_policy()
    {
        Assert.Equal(Verdict.Info, Engine.Answer("the governors want me to run the school's twitter, is that personal use or school business?").Verdict);
    }

    [Fact]
    public void A_good_review_of_the_school_is_yes_with_care()
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("can i leave the school a five star google review, a good one").Verdict);
    }

    [Fact]
    public void Other_children_in_a_picture_of_my_own_child_stop_the_own_children_yes()
    {
        Assert.DoesNotContain(Engine.Answer("can i post my son's party pics on facebook, a few of his classmates from here came").Verdict, Permits);
        Assert.True(FactExtractor.Extract("can i post my son's party pics, a few of his classmates came").OtherChildrenToo);
    }

    [Fact]
    public void A_quoted_like_is_an_action_not_the_words_of_a_post()
    {
        var facts = FactExtractor.Extract("if i 'like' a post calling the school a dump, is that a breach");
        Assert.False(facts.IsDraft);
        Assert.True(facts.Endorses);
    }

    [Fact]
    public void Is_that_a_breach_about_my_own_act_gets_the_verdict_on_it()
    {
        var answer = Engine.Answer("i shared a post saying our head is useless, is that a breach?");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("disciplinary", answer.SectionIds);
    }

    [Theory]
    [InlineData("what's the policy on staff wearing trainers")]
    [InlineData("whats the rule on parking in the staff car park")]
    public void A_question_about_another_school_policy_is_out_of_scope(string question)
    {
        Assert.Equal(Verdict.OutOfScope, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void Calling_someone_a_thief_is_never_a_yes()
    {
        Assert.DoesNotContain(Engine.Answer("can i post that the man next door is a thief, he's nothing to do with work").Verdict, Permits);
    }

    [Fact]
    public void Faces_out_of_a_picture_leaves_the_pupils_in_it()
    {
        var facts = FactExtractor.Extract("can i post the pic of the class on the beach, their faces aren't in it, just the backs of their heads");
        Assert.False(facts.NoPupilsInImage);
    }

    [Fact]
    public void A_name_on_a_jumper_said_after_a_yes_takes_the_yes_away()
    {
        var first = Engine.Answer("can i post a pic of the kids at the christmas fair taken from behind so no faces");
        var context = new ConversationState().After(first).Context;
        var second = Engine.Answer("oh wait, one of them has her name on the back of her jumper", context);
        Assert.DoesNotContain(second.Verdict, Permits);
    }

    [Theory]
    [InlineData("can i post about a boy in my class who is having a hard time at home, no names")]
    [InlineData("Dw i moyn postio am blentyn yn fy nosbarth sy'n cael amser caled gartref, heb enw")]
    public void A_child_having_a_hard_time_at_home_is_never_a_yes_in_English_or_Welsh(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("lost my pasword for teams, who do i ask to reset it")]
    [InlineData("the class laptop has locked me out again, who can reset it")]
    public void Help_with_a_password_or_a_login_is_for_it_support_not_the_policy(string question)
    {
        Assert.Equal(Verdict.OutOfScope, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void Not_being_sure_everyone_has_photo_permission_is_no_permission()
    {
        Assert.False(FactExtractor.Extract("i do the school's official facebook, can i post the netball team photo? not sure if they all have photo permission").HasPermission == true);
        Assert.DoesNotContain(Engine.Answer("i do the school's official facebook, can i post the netball team photo? not sure if they all have photo permission").Verdict, Permits);
    }

    [Fact]
    public void A_follow_on_keeps_what_the_earlier_turn_said_and_adds_its_own_hazard()
    {
        var first = Engine.Answer("can i post 'long week, roll on half term' on my facebook tonight");
        var context = new ConversationState().After(first).Context;
        var second = Engine.Answer("what if i add 'thanks to a certain parent' 😂", context);
        Assert.DoesNotContain(second.Verdict, Permits);
    }

    [Fact]
    public void A_new_person_named_in_a_contact_follow_on_is_who_the_contact_is_with()
    {
        var first = Engine.Answer("can i accept a friend request on facebook from a parent i know from the gym");
        var context = new ConversationState().After(first).Context;
        var second = Engine.Answer("and what about her son who's in year 5?", context);
        Assert.Equal(Verdict.NotAllowed, second.Verdict);
        Assert.Contains("8", second.SectionIds);
    }

    [Fact]
    public void Gen_AI_is_English_but_mae_gen_i_is_Welsh()
    {
        Assert.Equal(AnswerLanguage.English, LanguageDetector.Detect("Gen AI tools?"));
        Assert.Equal(AnswerLanguage.Welsh, LanguageDetector.Detect("Mae gen i lun o'r plant, ga i ei bostio?"));
    }
}
