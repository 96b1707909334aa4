using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Wrong yeses found by a reviewer or in round 6's tuning half, closed as mechanisms: something said and then taken back
/// ("nobody in it… with the kids' faces in the windows"), something left unsaid that decides it (what hangs on a classroom
/// wall, who runs a class account), and a name or a complaint in a shape the reader missed. Every wording is written for
/// these tests; each "no" or "it depends" is also a check that no permit slips through.
/// </summary>
public sealed class TakenBackAndUnsaidTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    private static PolicyAnswer Converse(params string[] turns) => ConversationReplay.LastAnswer(Engine, turns);

    [Theory]
    [InlineData("teacher problems: Alfie ate a crayon again 😂 can I tweet that")]
    [InlineData("monday mood - Jayden asked if I was alive when the dinosaurs were 😂 can i post that")]
    [InlineData("overheard in the lunch queue: \"Mia says your hair looks like a broom\" lol ok to put on insta")]
    public void A_joke_whose_capital_after_a_colon_or_dash_is_a_name_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Fact]
    public void A_joke_whose_phrase_after_a_colon_only_opens_with_a_capital_is_still_general_humour()
    {
        var answer = Engine.Answer("teacher problems: The glitter is everywhere 😂 can I tweet that");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Theory]
    [InlineData("can I post a photo of my classroom")]
    [InlineData("can i put a pic of my classroom on instagram")]
    [InlineData("ok to post a picture of the cloakroom on facebook")]
    public void A_picture_of_a_classroom_depends_on_what_its_walls_and_pegs_show(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Depends, answer.Verdict);
        Assert.Contains("7", answer.SectionIds);
    }

    [Fact]
    public void A_picture_of_an_empty_classroom_before_the_children_come_in_is_yes_with_care()
    {
        var answer = Engine.Answer("can i post a photo of my new classroom before the kids start in september, no children in it");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Fact]
    public void Talking_to_an_adult_former_pupil_about_her_sister_in_my_class_is_never_a_yes()
    {
        var answer = Converse(
            "can I message one of my old pupils",
            "she's 18 now, still in the sixth form at the school next door, and i want to talk about her little sister in my class");
        Assert.DoesNotContain(answer.Verdict, Permits);
    }

    [Fact]
    public void An_adult_former_pupil_who_was_in_my_class_years_ago_is_still_yes_with_care()
    {
        var answer = Engine.Answer("a girl i had in my class years ago is 24 now and wants to follow me on instagram, is that ok");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Theory]
    [InlineData("can I post a photo of the coach, nobody in it... with the kids' faces in the windows")]
    [InlineData("can I post a photo of the coach, no kids in it, well except their faces at the windows")]
    public void Faces_named_after_nobody_in_it_take_the_nobody_back(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_typed_reply_that_says_nobody_and_then_names_faces_is_not_a_no_to_are_any_pupils_in_it()
    {
        var answer = Converse("can I post a photo from the trip", "nobody in it, just the coach... with the kids' faces in the windows");
        Assert.DoesNotContain(answer.Verdict, Permits);
    }

    [Fact]
    public void Nobody_in_it_and_no_faces_at_all_is_still_a_picture_with_no_pupils()
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("can I post a photo of the coach, nobody in it, no faces at all").Verdict);
    }

    [Theory]
    [InlineData("If I set up a class instagram on my own phone just to share our learning with parents, is that allowed? I'd keep faces out")]
    [InlineData("can I set up a class instagram to share our learning with parents")]
    [InlineData("thinking of starting a class tiktok for year 3 to show what we do, ok?")]
    public void A_class_account_the_asker_would_set_up_is_not_the_schools_channel_until_the_school_agrees(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("I put photos on Class Dojo for the teacher every day. Can I share the same pictures on my own Facebook?")]
    [InlineData("can i put the pictures i took for seesaw on my own instagram")]
    [InlineData("the photos on our tapestry page, can I repost them on facebook")]
    public void Pictures_taken_for_the_classs_learning_platform_shared_on_a_personal_platform_are_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("the head had me fixing the boiler again, can I put on facebook 'another broken boiler at work, this place is falling apart' haha")]
    [InlineData("can i post 'school roof leaking again, the place is held together with sticky tape' lol")]
    public void A_joke_that_the_workplace_is_falling_apart_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Fact]
    public void A_joke_that_ones_own_car_is_falling_apart_is_still_harmless()
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("can i post that my car is falling apart lol").Verdict);
    }

    [Theory]
    [InlineData("A parent has taken a screenshot of something I posted about the council. What can happen to me?")]
    [InlineData("Mae rhiant wedi tynnu screenshot o rywbeth wnes i bostio am y cyngor. Beth all ddigwydd i fi?")]
    [InlineData("someone took a screenshot of my post about the new head, what will happen to me")]
    public void A_screenshot_of_ones_own_post_with_what_can_happen_to_me_is_about_consequences(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains(answer.SectionIds, s => s is "disciplinary" or "evidence");
    }

    [Theory]
    [InlineData("can i make a joke on facebook about the head")]
    [InlineData("can i make a joke on facebook about the parents")]
    [InlineData("can i make a meme on instagram about the deputy 😂")]
    public void Making_a_joke_on_a_platform_about_the_schools_people_is_a_post_and_never_a_yes(string question)
    {
        var answer = Engine.Answer(question);
        Assert.DoesNotContain(answer.Verdict, Permits);
        Assert.Contains("4", answer.SectionIds);
    }

    [Fact]
    public void A_blog_about_teaching_that_runs_down_the_head_is_not_the_harmless_teaching_blog()
    {
        var answer = Engine.Answer("i have a blog about teaching, can i write about the head being useless");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
    }

    [Fact]
    public void A_negation_carries_over_or_to_the_next_thing_listed()
    {
        var facts = FactExtractor.Extract("can i ask a facebook group for teachers about behaviour strategies? i wouldn't name the school or any kid");
        Assert.False(facts.ContactWith.HasFlag(People.Pupils));
        Assert.False(facts.Mentioned.HasFlag(People.Pupils));
    }

    [Theory]
    [InlineData("i'm not sure if it's my class or the year 6 kids in the photo, can i post it on facebook")]
    [InlineData("i dont know if the head or the kids are in the background, can i post it")]
    public void Not_knowing_which_people_are_in_a_picture_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Fact]
    public void An_app_that_lives_on_a_phone_checked_at_break_is_ones_own_phone_in_a_break()
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("can i check my snapchat streaks at break in the staffroom or is that banned").Verdict);
    }

    [Theory]
    [InlineData("can i check my snapchat in the lesson")]
    [InlineData("can i go on whatsapp on the school ipad at lunch")]
    [InlineData("can i check whatsapp on the classroom computer at break")]
    public void The_same_app_in_a_lesson_or_on_a_school_device_is_still_a_no(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("my daughter's gone into labour, can i send the family whatsapp a photo of my class in the lesson")]
    [InlineData("my son is in year 3, can i post a photo of his class on the trip")]
    [InlineData("my niece is in my class, can i send my sister a video of the class assembly")]
    public void A_picture_of_a_whole_class_has_other_peoples_children_in_it_whatever_family_is_mentioned(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("can i post a photo of my daughter on facebook, she's in year 2 here")]
    [InlineData("Ga i bostio llun o fy mhlant fy hun ar Facebook? Maen nhw mewn ysgol arall yng Nghaerdydd")]
    public void A_picture_of_ones_own_child_alone_is_still_ones_own_to_post(string question)
    {
        Assert.Contains(Engine.Answer(question).Verdict, Permits);
    }
}
