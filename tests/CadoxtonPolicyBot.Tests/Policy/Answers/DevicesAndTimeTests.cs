using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Items 1 and 2 read by concept: whose device (the school's IT system or one's own), what it is for (personal, teaching
/// or an urgent family matter) and when (lessons and duties, breaks, own time). The phrasings are written for these tests.
/// </summary>
public sealed class DevicesAndTimeTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static void AssertAnswer(string question, Verdict verdict, string section)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(verdict, answer.Verdict);
        Assert.Contains(section, answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I look at Facebook on the whiteboard at lunch?")]
    [InlineData("Can I go on TikTok on one of the tablets in Year 3 at break?")]
    [InlineData("Can I check eBay on the laptop by the sink? It's the school's")]
    public void A_classroom_screen_a_class_device_or_one_said_to_be_the_schools_is_the_school_system(string question)
    {
        Assert.Equal(DeviceOwner.SchoolSystem, FactExtractor.Extract(question).Device);
        AssertAnswer(question, Verdict.NotAllowed, "1");
    }

    [Fact]
    public void A_screen_in_the_background_of_a_photo_is_not_a_device_being_used()
    {
        Assert.NotEqual(DeviceOwner.SchoolSystem, FactExtractor.Extract("Can I post a selfie of me in front of the whiteboard at the weekend?").Device);
    }

    [Fact]
    public void Playing_something_from_your_own_phone_on_the_board_for_a_lesson_is_teaching_use_of_your_own_device()
    {
        var question = "Can I use my own phone to play a song on the board for the dance lesson?";
        var facts = FactExtractor.Extract(question);
        Assert.Equal(DeviceOwner.Own, facts.Device);
        Assert.True(facts.WorkUse);
        AssertAnswer(question, Verdict.AllowedWithCare, "2");
    }

    [Fact]
    public void Your_own_account_on_the_school_system_is_private_use_even_to_show_the_class()
    {
        var question = "Can I log into my own Facebook on the class laptop to show the children a photo of my cat?";
        Assert.True(FactExtractor.Extract(question).PersonalPurpose);
        AssertAnswer(question, Verdict.NotAllowed, "1");
    }

    [Theory]
    [InlineData("The childminder rang, my daughter has a temp, can I ring back while I'm in with my 1:1?")]
    [InlineData("My son is poorly at nursery and they keep ringing, can I answer my phone in maths?")]
    [InlineData("My nan's been taken into A&E and my brother is updating me on WhatsApp, can I keep my phone on in lessons?")]
    [InlineData("My daughter's school texted saying she's been sick, can I read it during the lesson?")]
    public void An_urgent_family_matter_is_the_exception_in_working_time(string question)
    {
        var facts = FactExtractor.Extract(question);
        Assert.True(facts.UrgentFamilyMatter);
        Assert.False(facts.PersonalPurpose);
        Assert.Equal(TimeOfUse.LessonsOrWorkingTime, facts.Time);
        AssertAnswer(question, Verdict.AllowedWithCare, "2");
    }

    [Fact]
    public void The_nursery_of_ones_own_child_is_not_a_class_of_pupils()
    {
        var facts = FactExtractor.Extract("My son is poorly at nursery and they keep ringing, can I answer my phone in maths?");
        Assert.Equal(People.None, facts.About & People.Pupils);
        Assert.Equal(People.None, facts.ContactWith & People.Pupils);
    }

    [Fact]
    public void What_a_message_from_a_childs_school_says_is_not_a_post()
    {
        var facts = FactExtractor.Extract("My daughter's school texted saying she's been sick, can I read it during the lesson?");
        Assert.False(facts.Activities.HasFlag(Activities.Post));
    }

    [Fact]
    public void Lessons_said_not_to_be_the_time_give_way_to_the_break_that_is()
    {
        var question = "Not in lessons, only on my lunch break: can I play Wordle on my phone?";
        Assert.Equal(TimeOfUse.Break, FactExtractor.Extract(question).Time);
        AssertAnswer(question, Verdict.AllowedWithCare, "2");
    }

    [Fact]
    public void Not_being_in_a_lesson_with_no_break_named_still_leaves_working_time()
    {
        AssertAnswer("I'm not in a lesson, can I text my mates on my phone at my desk?", Verdict.NotAllowed, "2");
    }

    [Theory]
    [InlineData("Can I check the cricket on my phone during the last bit of phonics?")]
    [InlineData("my phone buzzed while i was doing phonics with a small group, can I check Snapchat")]
    public void Part_of_a_lesson_or_what_the_user_was_doing_is_lesson_time(string question)
    {
        Assert.Equal(TimeOfUse.LessonsOrWorkingTime, FactExtractor.Extract(question).Time);
        AssertAnswer(question, Verdict.NotAllowed, "2");
    }

    [Fact]
    public void The_gap_after_a_club_ends_and_before_the_bell_is_neither_the_duty_nor_plainly_a_break_so_the_answer_asks()
    {
        var question = "I run breakfast club and then teach; can I text my husband on my phone after breakfast club before the bell?";
        Assert.Equal(TimeOfUse.SchoolDay, FactExtractor.Extract(question).Time);
        AssertAnswer(question, Verdict.Depends, "2");
    }

    [Fact]
    public void Checking_your_own_account_on_a_work_laptop_is_private_use_not_a_question_about_monitoring()
    {
        var question = "Can I check my personal Instagram on my work laptop at break?";
        Assert.False(FactExtractor.Extract(question).Asks.HasFlag(PolicyTopics.Monitoring));
        AssertAnswer(question, Verdict.NotAllowed, "1");
    }

    [Fact]
    public void A_free_period_is_planning_time_and_so_working_time()
    {
        AssertAnswer("Can I text my mates on my phone in my free period?", Verdict.NotAllowed, "2");
    }

    [Fact]
    public void Something_personal_named_outright_stays_personal_beside_a_teaching_reason()
    {
        AssertAnswer("Can I use my phone as a timer while I scroll Instagram in maths?", Verdict.NotAllowed, "2");
    }

    [Fact]
    public void Posting_about_a_family_emergency_during_lessons_is_not_dealing_with_it()
    {
        var answer = Engine.Answer("My mum's in hospital, can I post about it on my WhatsApp status during lessons?");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
    }

    [Theory]
    [InlineData("Can I post on Facebook that a boy in my class got hurt in PE?")]
    [InlineData("Can I share that a girl in Year 2 had a seizure at lunch, no names?")]
    public void A_phrase_about_illness_still_says_what_its_words_say_so_a_pupils_injury_is_never_a_yes(string question)
    {
        var facts = FactExtractor.Extract(question);
        Assert.True(facts.SensitiveMatter);
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_video_put_on_a_social_site_as_well_as_the_board_is_still_posted()
    {
        var answer = Engine.Answer("Can I put a video of the class on the board and on TikTok for the lesson?");
        Assert.NotEqual(Verdict.Allowed, answer.Verdict);
        Assert.NotEqual(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Fact]
    public void A_timer_put_on_the_board_from_your_phone_is_teaching_and_publishes_nothing()
    {
        var question = "Can I put a countdown timer from my phone on the board during maths?";
        var facts = FactExtractor.Extract(question);
        Assert.False(facts.Activities.HasFlag(Activities.Post));
        Assert.True(facts.WorkUse);
        AssertAnswer(question, Verdict.AllowedWithCare, "2");
    }

    [Fact]
    public void A_video_put_on_the_interactive_whiteboard_for_a_lesson_is_shown_not_posted()
    {
        var question = "Can I put a YouTube clip on the interactive whiteboard for the science lesson?";
        var facts = FactExtractor.Extract(question);
        Assert.False(facts.Activities.HasFlag(Activities.Post));
        Assert.False(facts.HasImage);
        AssertAnswer(question, Verdict.AllowedWithCare, "1");
    }

    [Fact]
    public void The_schools_official_channel_on_the_schools_computer_is_school_business_under_item_1()
    {
        AssertAnswer("Can I update the school's official Instagram from the office computer?", Verdict.AllowedWithCare, "1");
    }

    [Theory]
    [InlineData("Can I use my own tablet to upload the homework to our class Seesaw?")]
    [InlineData("Can I take pictures of the pupils' work on my phone for Seesaw?")]
    public void The_schools_own_platform_on_your_own_device_is_not_personal_use_under_item_2(string question)
    {
        Assert.False(FactExtractor.Extract(question).PersonalPurpose);
        AssertAnswer(question, Verdict.AllowedWithCare, "2");
    }

    [Fact]
    public void A_tool_said_not_to_be_social_media_on_the_school_laptop_is_work_use()
    {
        var facts = FactExtractor.Extract("Can I use Microsoft Teams on the school laptop? It isn't social media");
        Assert.True(facts.WorkUse);
        Assert.False(facts.PersonalPurpose);
    }
}
